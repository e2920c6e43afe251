using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Serving;

/// <summary>
/// Server-Sent Events that tell open pages to reload after each build. The script that listens is a file of the
/// preview server's own, linked from HTML as it is served, never written to the files on disk. It is not inline: the
/// theme's Content-Security-Policy allows scripts from the site's own origin only.
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/__briefings/events";

    public const string ScriptPath = "/__briefings/live-reload.js";

    /// <summary>
    /// The script at <see cref="ScriptPath"/>. A page knows the build it came from; the events say the latest build,
    /// once on connecting and after each build, so a build that finished while the page was loading is not missed.
    /// </summary>
    public const string Code =
        "// briefings serve: reloads this page when a build newer than the page's own is done\n"
        + "(() => {\n"
        + "  const build = document.currentScript.dataset.build;\n"
        + "  new EventSource(\"" + EventsPath + "\").addEventListener(\"reload\", (e) => { if (e.data !== build) location.reload(); });\n"
        + "})();\n";

    private int _latest;

    private readonly List<Channel<int>> _listeners = [];
    private readonly Lock _lock = new();

    /// <summary>What <see cref="Inject"/> adds to a page from <paramref name="build"/>.</summary>
    public static string Tag(int build) => $"<script src=\"{ScriptPath}\" data-build=\"{build}\"></script>";

    /// <summary>Links the live-reload script before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string Inject(string html, int build)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag(build) : html[..end] + Tag(build) + html[end..];
    }

    public void Notify(int build)
    {
        lock (_lock)
        {
            _latest = build;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(build);
            }
        }
    }

    /// <summary>Streams a "reload" event to one page after every build, until the page goes away.</summary>
    public async Task Stream(HttpContext context)
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_latest);
        }

        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync("retry: 1000\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var build in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: reload\ndata: {build}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded, or the server is stopping.
        }
        finally
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }
    }
}
