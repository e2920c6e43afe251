namespace Briefings.Building;

/// <summary>
/// The output folder is replaced wholesale on every successful build, so it must never be a folder that holds the
/// input, the current folder or the whole file system (<c>--output .</c> would otherwise swap the repository away).
/// </summary>
public static class OutputFolder
{
    /// <summary>Why <paramref name="output"/> cannot be replaced, or null when it can.</summary>
    public static string? Problem(string output, string input)
    {
        var target = Normalize(output);
        if (Path.GetPathRoot(target) is { } root && Normalize(root) == target)
        {
            return $"the output folder '{output}' is the root of the file system; it is replaced on every build";
        }

        if (Holds(target, Normalize(input)))
        {
            return $"the output folder '{output}' holds the input folder; it is replaced on every build, so choose a folder of its own such as _site";
        }

        return Holds(target, Normalize(Environment.CurrentDirectory))
            ? $"the output folder '{output}' holds the current folder; it is replaced on every build, so choose a folder of its own such as _site"
            : null;
    }

    private static bool Holds(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
