namespace Briefings.Output;

/// <summary>
/// A new site being written beside the output (see <see cref="SiteWriter"/>). Files are put as they are rendered, from
/// any thread; <see cref="Commit"/> removes what the new site no longer has, lets a last step add to it (the search
/// index) and swaps it in. Disposed without a commit — an error, an exception, Ctrl-C — it is removed (or, when
/// nothing was put into it yet, becomes the kept previous site again), and the output stays exactly as it was.
/// </summary>
internal sealed class Staging : IDisposable
{
    private readonly Folders _folders;
    private readonly FolderSync _sync;
    private readonly bool _wasPrevious;
    private bool _done;

    internal Staging(Folders folders, FolderSync sync, bool wasPrevious)
    {
        _folders = folders;
        _sync = sync;
        _wasPrevious = wasPrevious;
    }

    public void Put(OutputFile file) => _sync.Put(file.Path, file.Bytes);

    /// <summary>Puts one file; the bytes are used before it returns.</summary>
    public void Put(string path, ReadOnlySpan<byte> bytes) => _sync.Put(path, bytes);

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
        SaveManifest();
        SiteWriter.Swap(_folders);
        _done = true;
        return report;
    }

    /// <summary>How many files of the earlier site were read to compare them (the rest were known from its manifest).</summary>
    public int Compared => _sync.Compared;

    /// <summary>How close to the end of a build a file may have been written and still be recorded in the manifest.</summary>
    internal TimeSpan RacyWindow { get; set; } = SiteManifest.RacyWindow;

    /// <summary>The manifest is a shortcut: a site that cannot have one is still a good site, read in full next time.</summary>
    private void SaveManifest()
    {
        try
        {
            SiteManifest.Save(_folders.StagingManifest, _sync.Stamps, RacyWindow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                SiteWriter.DeleteManifest(_folders.StagingManifest);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Then it is left; the next build finds files whose times no longer match it and reads them.
            }
        }
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        if (_wasPrevious && _sync.Untouched && !Path.Exists(_folders.Previous))
        {
            try
            {
                // Nothing was written into it (the build stopped before rendering): it is still the kept previous site.
                Directory.Move(_folders.Staging, _folders.Previous);
                SiteWriter.MoveManifest(_folders.StagingManifest, _folders.PreviousManifest);
                return;
            }
            catch (IOException)
            {
                // Then it goes, as any unfinished staging folder does.
            }
        }

        SiteWriter.DeleteIfExists(_folders.Staging);
        SiteWriter.DeleteManifest(_folders.StagingManifest);
    }
}
