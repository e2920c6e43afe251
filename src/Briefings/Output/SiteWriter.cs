namespace Briefings.Output;

/// <summary>
/// Write stage: writes the whole site into a staging folder beside the output, then swaps it in. A failed or
/// interrupted build never leaves a half-written site, and files of removed content never linger.
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Writes <paramref name="files"/> into the staging folder, lets <paramref name="finish"/> add to it (the search
    /// index), then swaps it in. When <paramref name="finish"/> returns false the staging folder is removed and the
    /// previous output stays.
    /// </summary>
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, Func<string, bool>? finish = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + ".staging";
        var previous = output + ".previous";
        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        var root = staging + Path.DirectorySeparatorChar;
        Parallel.ForEach(files, file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
        });

        if (finish is not null && !finish(staging))
        {
            DeleteIfExists(staging);
            return false;
        }

        DeleteIfExists(previous);
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return true;
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
