using System.Net;
using Briefings.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefings.Cli.Serving;

/// <summary>The last build as requests see it: its number, the site it wrote (if any) and the errors of a failed one.</summary>
internal sealed record PreviewState(int Build, ServedSite? Site, IReadOnlyList<Diagnostic>? Failure);

/// <summary>A built site's folder and the base path it is served under.</summary>
internal sealed record ServedSite(string Root, string BasePath);

/// <summary>
/// The HTTP side of <c>serve</c>: Kestrel on 127.0.0.1, answering from <see cref="PreviewState"/> — the site's files
/// under its base path (<see cref="SiteFiles"/>), the error list while the content does not build, and the live-reload
/// script and events (<see cref="LiveReload"/>); what it answers at all is <see cref="RequestGuard"/>'s to say.
/// </summary>
internal sealed class PreviewServer(Func<PreviewState> state, LiveReload live, Func<IReadOnlyList<Diagnostic>, string> errorPage) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Starts listening on <paramref name="port"/> (0: a free one) and returns the server's address.</summary>
    public async Task<Uri> StartAsync(string contentRoot, int port, CancellationToken cancel)
    {
        // The host's content root is an empty folder of our own, and it does not reload configuration: by default it
        // watches the working directory, recursively, for appsettings.json — in a big folder (a home directory, /tmp)
        // that walk took seconds before serving, and its inotify watches could run out and cost us our own.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = Directory.CreateDirectory(contentRoot).FullName,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port);
        });
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync(cancel);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        RequestGuard.Secure(response);
        if (RequestGuard.Refusal(context.Request, context.Connection.LocalPort) is { } refusal)
        {
            response.StatusCode = refusal.Status;
            if (refusal.Status == StatusCodes.Status405MethodNotAllowed)
            {
                response.Headers.Allow = "GET, HEAD";
            }

            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(refusal.Reason + "\n");
            return;
        }

        // Kestrel's Request.Path is percent-decoded once; it is never decoded again.
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await live.Stream(context);
            return;
        }

        if (path == LiveReload.ScriptPath)
        {
            response.ContentType = MimeTypes.Of(path);
            await response.WriteAsync(LiveReload.Code);
            return;
        }

        // Read once, before what is served: a build that ends in between makes the page reload once more, never miss one.
        var (build, site, failure) = state();
        if (failure is not null && (site is null || LooksLikePage(path)))
        {
            await WriteHtml(context, build, StatusCodes.Status500InternalServerError, errorPage(failure));
            return;
        }

        if (site is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == site.BasePath)
            {
                response.Redirect(site.BasePath);
                return;
            }

            await WriteHtml(context, build, StatusCodes.Status404NotFound,
                $"<!doctype html><title>Not found</title><p>The site is served under <a href=\"{site.BasePath}\">{site.BasePath}</a>, its base path.</p>");
            return;
        }

        switch (SiteFiles.Resolve(site.Root, site.BasePath, path))
        {
            case Resolved.Refused:
                response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case Resolved.Redirect redirect:
                response.Redirect(redirect.Location);
                return;
            case Resolved.File file when file.Path.EndsWith(".html", StringComparison.Ordinal):
                await WriteHtml(context, build, StatusCodes.Status200OK, await File.ReadAllTextAsync(file.Path));
                return;
            case Resolved.File file:
                response.ContentType = MimeTypes.Of(file.Path);
                await response.SendFileAsync(file.Path);
                return;
            default:
                var notFound = Path.Combine(site.Root, "404.html");
                await WriteHtml(context, build, StatusCodes.Status404NotFound,
                    File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!doctype html><title>Not found</title><p>Not found.</p>");
                return;
        }
    }

    private static async Task WriteHtml(HttpContext context, int build, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = MimeTypes.Of(".html");
        await context.Response.WriteAsync(LiveReload.Inject(html, build));
    }

    private static bool LooksLikePage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(path);
}
