namespace Briefings.Building;

/// <summary>
/// The output folder is replaced wholesale on every successful build, so it must never be a folder that holds the
/// input, the current folder or the whole file system (<c>--output .</c> would otherwise swap the repository away),
/// nor a folder of someone's files (<c>--output docs</c>, <c>--output input/notes</c>): an existing folder that is not
/// empty must be a site a build wrote, which always has <see cref="SiteMarks"/> at its top.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Why <paramref name="output"/> cannot be replaced, or null when it can.</summary>
    public static string? Problem(string output, string input)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return $"the output folder is {(output.Length == 0 ? "empty" : "only spaces")}: name a folder, such as _site";
        }

        var target = Normalize(output);
        if (Path.GetPathRoot(target) is { } root && Normalize(root) == target)
        {
            return $"the output folder '{output}' is the root of the file system; it is replaced on every build";
        }

        if (Holds(target, Normalize(input)))
        {
            return $"the output folder '{output}' holds the input folder; it is replaced on every build, so choose a folder of its own such as _site";
        }

        if (Holds(target, Normalize(Environment.CurrentDirectory)))
        {
            return $"the output folder '{output}' holds the current folder; it is replaced on every build, so choose a folder of its own such as _site";
        }

        if (File.Exists(target))
        {
            return $"the output folder '{output}' is a file; choose a folder such as _site";
        }

        return Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !SiteMarks.All(m => File.Exists(Path.Combine(target, m)))
            ? $"the output folder '{output}' holds files that are not a site briefings built (it has no {string.Join(" and ", SiteMarks)}); "
              + "it is replaced on every build, so choose a new or empty folder such as _site, or empty this one first"
            : null;
    }

    /// <summary>Files every build writes at the top of the output folder.</summary>
    public static IReadOnlyList<string> SiteMarks { get; } = ["index.html", "sitemap.xml"];

    private static bool Holds(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
