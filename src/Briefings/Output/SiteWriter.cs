namespace Briefings.Output;

/// <summary>
/// Write stage, double-buffered: the site before the current one is kept beside it as <c>&lt;output&gt;.previous</c>.
/// A build renames that folder to <c>&lt;output&gt;.staging</c>, brings it to the new site (writing only files whose
/// bytes changed, deleting what the new site no longer has: <see cref="FolderSync"/>), then swaps it in with two renames
/// (<c>output → output.previous</c>, <c>staging → output</c>). A failed, cancelled or crashed write never leaves a
/// half-written site, files of removed content never linger, and whatever an interrupted earlier run left behind is put
/// right by <see cref="Recover"/> before anything else happens. Each folder's <see cref="SiteManifest"/> (in
/// <c>&lt;output&gt;.manifests/</c>) moves with it, so the next build knows which kept files it need not read.
/// </summary>
internal static class SiteWriter
{
    /// <summary>
    /// Makes the output folder whole again after an interrupted run: a leftover staging folder is an unfinished site
    /// and is deleted; when the output is missing (the run stopped between the two renames) the previous folder, the
    /// last good site, is put back.
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var folders = new Folders(outputDirectory);
        DeleteIfExists(folders.Staging);
        foreach (var spare in (string[])[folders.Previous, folders.Manifests])
        {
            if (new DirectoryInfo(spare).LinkTarget is not null)
            {
                File.Delete(spare); // never write through a link someone put in the spare's place
            }
        }

        DeleteManifest(folders.StagingManifest);
        if (Directory.Exists(folders.Previous) && !Directory.Exists(folders.Output))
        {
            Directory.Move(folders.Previous, folders.Output);
            MoveManifest(folders.PreviousManifest, folders.OutputManifest);
        }
    }

    /// <summary>
    /// Starts writing a new site: the previous site (if kept) becomes the staging folder, and files are put into it as
    /// they are made. Nothing is visible in the output until <see cref="Staging.Commit"/>; disposing the staging folder
    /// without committing removes it and leaves the output as it was.
    /// </summary>
    public static Staging Begin(string outputDirectory)
    {
        Recover(outputDirectory);
        var folders = new Folders(outputDirectory);
        var wasPrevious = Directory.Exists(folders.Previous);
        if (wasPrevious)
        {
            Directory.Move(folders.Previous, folders.Staging);
            MoveManifest(folders.PreviousManifest, folders.StagingManifest);
        }

        try
        {
            var earlier = wasPrevious ? SiteManifest.Load(folders.StagingManifest) : SiteManifest.Empty;
            return new Staging(folders, new FolderSync(folders.Staging, earlier), wasPrevious);
        }
        catch
        {
            DeleteIfExists(folders.Staging);
            DeleteManifest(folders.StagingManifest);
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="files"/> as the whole new site, lets <paramref name="finish"/> add to it in staging (the
    /// search index), then swaps it in and returns what changed. When <paramref name="finish"/> returns false the
    /// staging folder is removed, the previous output stays and the result is null. Cancellation is honoured until the
    /// site is complete in staging; the swap itself is two renames and is not interrupted.
    /// </summary>
    public static SyncReport? Write(
        string outputDirectory, IReadOnlyList<OutputFile> files, Func<string, bool>? finish = null, CancellationToken cancellation = default)
    {
        using var staging = Begin(outputDirectory);
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellation }, staging.Put);
        return staging.Commit(finish, cancellation);
    }

    /// <summary>Puts the finished staging folder in the output's place; the output becomes the kept previous site.</summary>
    internal static void Swap(Folders folders)
    {
        var hadOutput = Directory.Exists(folders.Output);
        if (hadOutput)
        {
            Directory.Move(folders.Output, folders.Previous);
            MoveManifest(folders.OutputManifest, folders.PreviousManifest);
        }

        try
        {
            Directory.Move(folders.Staging, folders.Output);
            MoveManifest(folders.StagingManifest, folders.OutputManifest);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(folders.Previous, folders.Output);
                MoveManifest(folders.PreviousManifest, folders.OutputManifest);
            }

            DeleteIfExists(folders.Staging);
            DeleteManifest(folders.StagingManifest);
            throw;
        }
    }

    /// <summary>A folder's manifest follows it; when it had none, none is left in the new place either.</summary>
    internal static void MoveManifest(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to, overwrite: true);
        }
        else
        {
            DeleteManifest(to);
        }
    }

    internal static void DeleteManifest(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    internal static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
