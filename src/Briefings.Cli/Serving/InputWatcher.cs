namespace Briefings.Cli.Serving;

/// <summary>
/// Watches the input (and theme) folders and calls <c>settled</c> once the changes have stopped for
/// <c>settle</c>; <see cref="TakeChanges"/> then says which files changed. Hidden files and editors' backup files
/// (<c>~</c>) are not changes. An overflow of the watcher's buffer means changes may have been missed.
/// </summary>
internal sealed class InputWatcher : IAsyncDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly TimeSpan _settle;
    private bool _changesLost = true;
    private Timer? _debounce;

    public InputWatcher(IEnumerable<string> folders, TimeSpan settle, Action settled)
    {
        _settle = settle;
        _debounce = new Timer(_ => settled());
        foreach (var folder in folders.Where(Directory.Exists))
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

    /// <summary>The files changed since the last call (full paths), or null when some changes may have been missed.</summary>
    public List<string>? TakeChanges()
    {
        lock (_changed)
        {
            var changes = _changesLost ? null : _changed.ToList();
            _changed.Clear();
            _changesLost = false;
            return changes;
        }
    }

    public async ValueTask DisposeAsync()
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
    }

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

            _debounce?.Change(_settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Lost()
    {
        lock (_changed)
        {
            _changesLost = true;
        }

        _debounce?.Change(_settle, Timeout.InfiniteTimeSpan);
    }
}
