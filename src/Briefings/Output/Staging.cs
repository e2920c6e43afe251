namespace Briefings.Output;

/// <summary>
/// A new site being written beside the output (see <see cref="SiteWriter"/>). Files are put as they are rendered, from
/// any thread; <see cref="Commit"/> removes what the new site no longer has, lets a last step add to it (the search
/// index) and swaps it in. Disposed without a commit — an error, an exception, Ctrl-C — it is removed, and the
/// output stays exactly as it was.
/// </summary>
public sealed class Staging : IDisposable
{
    private readonly Folders _folders;
    private readonly FolderSync _sync;
    private bool _done;

    internal Staging(Folders folders, FolderSync sync)
    {
        _folders = folders;
        _sync = sync;
    }

    public void Put(OutputFile file) => _sync.Put(file);

    /// <summary>
    /// Finishes the site and swaps it in; returns what changed, or null (and removes the staging folder) when
    /// <paramref name="finish"/> says the site cannot be published.
    /// </summary>
    public SyncReport? Commit(Func<string, bool>? finish = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var report = _sync.Finish();
        cancellation.ThrowIfCancellationRequested();
        if (finish is not null && !finish(_folders.Staging))
        {
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        SiteWriter.Swap(_folders);
        _done = true;
        return report;
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            SiteWriter.DeleteIfExists(_folders.Staging);
        }
    }
}
