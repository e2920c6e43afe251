namespace Briefings.Output;

/// <summary>
/// Write stage: writes the whole site into <c>&lt;output&gt;.staging</c> beside the output, then swaps it in with two
/// renames (<c>output → output.previous</c>, <c>staging → output</c>) and deletes the previous site. A failed, cancelled
/// or crashed write never leaves a half-written site, files of removed content never linger, and whatever an
/// interrupted earlier run left behind is put right by <see cref="Recover"/> before anything else happens.
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Makes the output folder whole again after an interrupted run: a leftover staging folder is an unfinished site
    /// and is deleted; a leftover previous folder is the last good site, put back if the output is missing (the run
    /// stopped between the two renames) and deleted otherwise (the swap had finished).
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var folders = new Folders(outputDirectory);
        DeleteIfExists(folders.Staging);
        if (!Directory.Exists(folders.Previous))
        {
            return;
        }

        if (Directory.Exists(folders.Output))
        {
            DeleteIfExists(folders.Previous);
        }
        else
        {
            Directory.Move(folders.Previous, folders.Output);
        }
    }

    /// <summary>
    /// Writes <paramref name="files"/> as the whole new site, lets <paramref name="finish"/> add to it in staging (the
    /// search index), then swaps it in. When <paramref name="finish"/> returns false the staging folder is removed
    /// and the previous output stays. Cancellation is honoured until the site is complete in staging; the swap
    /// itself is two renames and is not interrupted.
    /// </summary>
    public static bool Write(
        string outputDirectory, IReadOnlyList<OutputFile> files, Func<string, bool>? finish = null, CancellationToken cancellation = default)
    {
        Recover(outputDirectory);
        var folders = new Folders(outputDirectory);
        try
        {
            WriteAll(folders.Staging, files, cancellation);
            cancellation.ThrowIfCancellationRequested();
            if (finish is not null && !finish(folders.Staging))
            {
                DeleteIfExists(folders.Staging);
                return false;
            }

            cancellation.ThrowIfCancellationRequested();
        }
        catch
        {
            DeleteIfExists(folders.Staging);
            throw;
        }

        Swap(folders);
        return true;
    }

    private static void WriteAll(string staging, IReadOnlyList<OutputFile> files, CancellationToken cancellation)
    {
        Directory.CreateDirectory(staging);
        var root = staging + Path.DirectorySeparatorChar;
        var options = new ParallelOptions { CancellationToken = cancellation };
        Parallel.ForEach(files, options, file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
        });
    }

    private static void Swap(Folders folders)
    {
        var hadOutput = Directory.Exists(folders.Output);
        if (hadOutput)
        {
            Directory.Move(folders.Output, folders.Previous);
        }

        try
        {
            Directory.Move(folders.Staging, folders.Output);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(folders.Previous, folders.Output);
            }

            DeleteIfExists(folders.Staging);
            throw;
        }

        DeleteIfExists(folders.Previous);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The output folder and its two siblings, as full paths.</summary>
    private readonly record struct Folders
    {
        public Folders(string outputDirectory)
        {
            Output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
            Staging = Output + ".staging";
            Previous = Output + ".previous";
        }

        public string Output { get; }

        public string Staging { get; }

        public string Previous { get; }
    }
}
