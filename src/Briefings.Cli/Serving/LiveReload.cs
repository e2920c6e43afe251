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

    /// <summary>What <see cref="Inject"/> adds to each page.</summary>
    public const string Tag = "<script src=\"" + ScriptPath + "\"></script>";

    /// <summary>The script at <see cref="ScriptPath"/>.</summary>
    public const string Code =
        "// briefings serve: reloads this page after each build\n"
        + "new EventSource(\"" + EventsPath + "\").addEventListener(\"reload\", () => location.reload());\n";

    private readonly List<Channel<int>> _listeners = [];
    private readonly Lock _lock = new();

    /// <summary>Links the live-reload script before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag : html[..end] + Tag + html[end..];
    }

    public void Notify(int build)
    {
        lock (_lock)
        {
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
