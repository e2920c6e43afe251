using System.Diagnostics;
using Briefings.Building;
using Briefings.Diagnostics;

namespace Briefings.Cli.Serving;

/// <summary>
/// <c>briefings serve</c>: builds into a temporary folder, serves it on 127.0.0.1 under the site's base path
/// (<see cref="PreviewServer"/>), watches the input (and theme) folders (<see cref="InputWatcher"/>), rebuilds after
/// a change settles and tells open pages to reload (<see cref="LiveReload"/>). While the content does not build,
/// every page is the list of errors instead of a stale site. Builds run one at a time, under one lock.
/// </summary>
internal sealed class PreviewSession(ISiteRebuilder rebuilder, IReadOnlyList<string> watched, int port, TextWriter log, Func<Diagnostic, string> format)
    : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-serve-" + Guid.NewGuid().ToString("N"));
    private readonly LiveReload _live = new();
    private readonly Lock _buildLock = new();
    private InputWatcher? _watcher;
    private PreviewServer? _server;
    private volatile PreviewState _state = new(0, null, null);

    /// <summary>The site's address, base path included, e.g. <c>http://127.0.0.1:8080/briefings/</c>.</summary>
    public Uri? Url { get; private set; }

    /// <summary>Whether each rebuild's log line is followed by the time, CPU, allocations and JIT time of its steps.</summary>
    public bool Verbose { get; init; }

    /// <summary>How many builds have finished (succeeded or not).</summary>
    public int Builds => _state.Build;

    public async Task StartAsync(CancellationToken cancel = default)
    {
        Directory.CreateDirectory(_root);
        // Watching starts before the first build, so an edit made while it runs is not missed.
        _watcher = new InputWatcher(watched, rebuilder.Settle, Rebuild);
        try
        {
            Rebuild();
        }
        catch
        {
            await StopAsync(); // no watcher may outlive a session that did not start
            throw;
        }

        _server = new PreviewServer(() => _state, _live, failure => ErrorPage.Html(failure, Shown));
        var address = await _server.StartAsync(Path.Combine(_root, "host"), port, cancel);
        Url = new Uri(address, _state.Site?.BasePath ?? "/");
    }

    public async Task StopAsync()
    {
        if (_watcher is not null)
        {
            await _watcher.DisposeAsync();
            _watcher = null;
        }

        _live.Close();
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        lock (_buildLock)
        {
            TryDelete(_root);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>Set when a rebuild could not read the input: what it consumed of the watcher's changes is lost.</summary>
    private bool _rebuildAll;

    private void Rebuild()
    {
        lock (_buildLock)
        {
            if (!Directory.Exists(_root) || _watcher is not { } watcher)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var previous = _state;
            var number = previous.Build + 1;
            var output = Path.Combine(_root, rebuilder.InPlace ? "site" : $"site-{number}");
            var changes = watcher.TakeChanges();
            BuildResult result;
            try
            {
                result = rebuilder.Rebuild(output, _rebuildAll ? null : changes);
                _rebuildAll = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The input folder went away or cannot be read (deleted, renamed, a permission changed): the session
                // keeps serving what it last built, and the next change rebuilds everything.
                _rebuildAll = true;
                if (!rebuilder.InPlace)
                {
                    TryDelete(output);
                }

                log.WriteLine($"cannot rebuild: {e.Message}; still serving the last site built, and rebuilding all of it on the next change");
                return;
            }

            if (result.Succeeded)
            {
                _state = new PreviewState(number, new ServedSite(output, result.BasePath), null);
                if (!rebuilder.InPlace)
                {
                    TryDelete(Path.Combine(_root, $"site-{number - 2}")); // the last one stays a moment for requests already reading it
                }

                log.WriteLine($"built {result.FilesWritten} files in {clock.ElapsedMilliseconds} ms; {Commands.BuildCommand.Plural(result.WarningCount, "warning")}");
                if (Verbose)
                {
                    if (result.FullBuildReason is { } why)
                    {
                        log.WriteLine($"full build: {why}");
                    }

                    foreach (var t in result.Timings)
                    {
                        log.WriteLine(Commands.BuildCommand.TimingLine(t));
                    }
                }
            }
            else
            {
                _state = new PreviewState(number, previous.Site, result.Diagnostics);
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

            if (previous.Site is { } before && _state.Site is { } now && before.BasePath != now.BasePath && Url is not null)
            {
                Url = new Uri(Url, now.BasePath);
                log.WriteLine($"the base path changed: now serving {Url}");
            }

            _live.Notify(number);
        }
    }

    /// <summary>
    /// A diagnostic as the browser shows it: paths from the watched folders' parent (<c>input/articles/x.md</c>), never
    /// this machine's absolute paths, which the terminal may show but a page need not.
    /// </summary>
    private string Shown(Diagnostic d)
    {
        var path = d.Location.Path;
        if (Path.IsPathRooted(path))
        {
            var folder = watched.Select(Path.GetFullPath).FirstOrDefault(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            path = folder is null ? Path.GetFileName(path) : Path.GetRelativePath(Path.GetDirectoryName(folder) ?? folder, path);
        }
        else if (!path.StartsWith("theme/", StringComparison.Ordinal) && watched.Count > 0)
        {
            path = Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(watched[0]))), path);
        }

        return (d with
        {
            Location = d.Location with { Path = path.Replace('\\', '/') },
            Message = d.Message.Replace(_root, "(the preview's folder)", StringComparison.Ordinal),
        }).ToString();
    }

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
}
