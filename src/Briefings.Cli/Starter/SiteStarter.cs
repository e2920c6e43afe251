namespace Briefings.Cli.Starter;

/// <summary>
/// A new site's repository, as <c>briefings init</c> writes it: <c>input/</c> with <c>site.yml</c> and one example of
/// each kind, the tool pinned in <c>.config/dotnet-tools.json</c>, GitHub workflows that check pull requests and publish
/// on Pages the way this repository's do, <c>.gitignore</c> and a README for the site's owner. <c>{{title}}</c> in them
/// is the title as it is, <c>{{title-in-quotes}}</c> the title inside a double-quoted YAML string. The files are
/// <c>Starter/files/</c>, embedded; names that git or GitHub would read in this repository are stored without their dot.
/// </summary>
internal static class SiteStarter
{
    private const string Prefix = "starter/";

    private static readonly (string Stored, string Written)[] DotNames =
        [("gitignore", ".gitignore"), ("github/", ".github/"), ("config/", ".config/")];

    /// <summary>The files, as paths in the new site (with '/'), in order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. typeof(SiteStarter).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => Written(n[Prefix.Length..].Replace('\\', '/')))
        .Order(StringComparer.Ordinal)];

    /// <summary>Why <paramref name="folder"/> cannot take a new site (it has files), or null.</summary>
    public static string? Problem(string folder) =>
        File.Exists(folder) ? $"'{folder}' is a file; name a new or empty folder"
        : Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(e => Path.GetFileName(e) != ".git")
            ? $"'{folder}' is not empty; 'init' starts a site in a new or empty folder (a fresh 'git init' is fine)"
            : null;

    /// <summary>Writes the site into <paramref name="folder"/> (new or empty) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, string title, string version, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var inQuotes = Scaffolding.YamlText.Quote(title)[1..^1]; // inside a double-quoted YAML string
        var written = new List<string>();
        foreach (var stored in typeof(SiteStarter).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = Written(stored[Prefix.Length..].Replace('\\', '/')).Replace("/YEAR/", $"/{today.Year:0000}/", StringComparison.Ordinal);
            using var stream = typeof(SiteStarter).Assembly.GetManifestResourceStream(stored)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd()
                .Replace("{{title-in-quotes}}", inQuotes, StringComparison.Ordinal)
                .Replace("{{title}}", title, StringComparison.Ordinal)
                .Replace("{{version}}", version, StringComparison.Ordinal)
                .Replace("{{date}}", date, StringComparison.Ordinal);
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(text);
            written.Add(path);
        }

        return written;
    }

    private static string Written(string stored)
    {
        foreach (var (from, to) in DotNames)
        {
            if (stored.StartsWith(from, StringComparison.Ordinal))
            {
                return to + stored[from.Length..];
            }
        }

        return stored;
    }
}
