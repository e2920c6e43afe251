using System.Diagnostics;
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

/// <summary>
/// <c>briefings serve</c>: builds into a temporary folder, serves it on 127.0.0.1 under the site's base path, watches
/// the input (and theme) folders, rebuilds after a change settles and tells open pages to reload. While the content
/// does not build, every page is the list of errors instead of a stale site.
/// </summary>
internal sealed class PreviewSession(ISiteRebuilder rebuilder, IReadOnlyList<string> watched, int port, TextWriter log, Func<Diagnostic, string> format)
    : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-serve-" + Guid.NewGuid().ToString("N"));
    private readonly LiveReload _live = new();
    private readonly Lock _buildLock = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _changesLost = true;
    private Timer? _debounce;
    private WebApplication? _app;
    private volatile Served? _served;
    private volatile IReadOnlyList<Diagnostic>? _failure;
    private int _builds;

    /// <summary>The site's address, base path included, e.g. <c>http://127.0.0.1:8080/briefings/</c>.</summary>
    public Uri? Url { get; private set; }

    /// <summary>Whether each rebuild's log line is followed by the time, CPU, allocations and JIT time of its steps.</summary>
    public bool Verbose { get; init; }

    /// <summary>How many builds have finished (succeeded or not).</summary>
    public int Builds => Volatile.Read(ref _builds);

    public async Task StartAsync(CancellationToken cancel = default)
    {
        Directory.CreateDirectory(_root);
        Rebuild();
        // The host's content root is an empty folder of our own, and it does not reload configuration: by default it
        // watches the working directory, recursively, for appsettings.json — in a big folder (a home directory, /tmp)
        // that walk took seconds before serving, and its inotify watches could run out and cost us our own.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = Directory.CreateDirectory(Path.Combine(_root, "host")).FullName,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync(cancel);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), _served?.BasePath ?? "/");
        _debounce = new Timer(_ => Rebuild());
        foreach (var folder in watched.Where(Directory.Exists))
        {
            // A full path: the watcher's events carry paths built on it, and the rebuilder reads a relative one
            // against the input folder, not the working folder ('input/articles/x.md' became 'input/input/…').
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            watcher.Error += (_, _) => Lost();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public async Task StopAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
        if (_debounce is not null)
        {
            await _debounce.DisposeAsync();
            _debounce = null;
        }

        _live.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }

        lock (_buildLock)
        {
            TryDelete(_root);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private void Changed(object sender, FileSystemEventArgs e)
    {
        var relative = Path.GetRelativePath(((FileSystemWatcher)sender).Path, e.FullPath);
        if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || part.EndsWith('~')))
        {
            lock (_changed)
            {
                _changed.Add(e.FullPath);
                if (e is RenamedEventArgs renamed)
                {
                    _changed.Add(renamed.OldFullPath);
                }
            }

            _debounce?.Change(rebuilder.Settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Lost()
    {
        lock (_changed)
        {
            _changesLost = true;
        }

        _debounce?.Change(rebuilder.Settle, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The files changed since the last rebuild, or null when some changes may have been missed.</summary>
    private List<string>? TakeChanges()
    {
        lock (_changed)
        {
            var changes = _changesLost ? null : _changed.ToList();
            _changed.Clear();
            _changesLost = false;
            return changes;
        }
    }

    private void Rebuild()
    {
        lock (_buildLock)
        {
            if (!Directory.Exists(_root))
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var number = _builds + 1;
            var output = Path.Combine(_root, rebuilder.InPlace ? "site" : $"site-{number}");
            var result = rebuilder.Rebuild(output, TakeChanges());
            var previous = _served;
            if (result.Succeeded)
            {
                _served = new Served(output, result.BasePath);
                _failure = null;
                if (!rebuilder.InPlace)
                {
                    TryDelete(Path.Combine(_root, $"site-{number - 2}")); // the last one stays a moment for requests already reading it
                }

                log.WriteLine($"built {result.FilesWritten} files in {clock.ElapsedMilliseconds} ms; {Commands.BuildCommand.Plural(result.WarningCount, "warning")}");
                if (Verbose)
                {
                    foreach (var t in result.Timings)
                    {
                        log.WriteLine(Commands.BuildCommand.TimingLine(t));
                    }
                }
            }
            else
            {
                _failure = result.Diagnostics;
                if (!rebuilder.InPlace)
                {
                    TryDelete(output);
                }

                log.WriteLine($"build failed: {Commands.BuildCommand.Plural(result.ErrorCount, "error")}; the browser shows them until they are fixed");
            }

            foreach (var d in result.Diagnostics)
            {
                log.WriteLine(format(d));
            }

            if (previous is not null && previous.BasePath != _served?.BasePath && Url is not null && _served is not null)
            {
                Url = new Uri(Url, _served.BasePath);
                log.WriteLine($"the base path changed: now serving {Url}");
            }

            Volatile.Write(ref _builds, number);
            _live.Notify(number);
        }
    }

    private async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await _live.Stream(context);
            return;
        }

        if (path == LiveReload.ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReload.Code);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        // Before what is served: a build that ends in between makes the page reload once more, never miss one.
        var build = Builds;
        var served = _served;
        var failure = _failure;
        if (failure is not null && (served is null || LooksLikePage(path)))
        {
            await WriteHtml(context, build, StatusCodes.Status500InternalServerError, ErrorPage.Html(failure, format));
            return;
        }

        if (served is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!path.StartsWith(served.BasePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == served.BasePath)
            {
                context.Response.Redirect(served.BasePath);
                return;
            }

            await WriteHtml(context, build, StatusCodes.Status404NotFound,
                $"<!doctype html><title>Not found</title><p>The site is served under <a href=\"{served.BasePath}\">{served.BasePath}</a>, its base path.</p>");
            return;
        }

        var relative = Uri.UnescapeDataString(path[served.BasePath.Length..]);
        var file = Path.GetFullPath(Path.Combine(served.Root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(served.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!File.Exists(file) && File.Exists(Path.Combine(file, "index.html")))
        {
            context.Response.Redirect(path + "/");
            return;
        }

        if (!File.Exists(file))
        {
            var notFound = Path.Combine(served.Root, "404.html");
            await WriteHtml(context, build, StatusCodes.Status404NotFound, File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!doctype html><title>Not found</title><p>Not found.</p>");
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtml(context, build, StatusCodes.Status200OK, await File.ReadAllTextAsync(file));
            return;
        }

        context.Response.ContentType = ContentType(file);
        await context.Response.SendFileAsync(file);
    }

    private static async Task WriteHtml(HttpContext context, int build, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(LiveReload.Inject(html, build));
    }

    private static bool LooksLikePage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(path);

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A request may still hold a file open; the temporary folder is cleaned up at the end.
        }
    }

    private sealed record Served(string Root, string BasePath);
}
