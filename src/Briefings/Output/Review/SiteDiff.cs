using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Output.Review;

/// <summary>One page of a built site: its path in the site (<c>articles/x/</c>) and its title.</summary>
public sealed record SitePage(string Path, string Title);

/// <summary>
/// What a change does to a built site, for the review of a pull request: the pages it adds, changes and removes, by
/// title and path, and the other files (feeds, search index, assets, the rest) counted apart. Builds are deterministic,
/// so a page whose bytes are the same is unchanged, and any page that differs really reads differently.
/// </summary>
public sealed partial class SiteDiff
{
    private static readonly string[] OtherKinds = ["feeds", "search index", "assets", "other files"];

    private SiteDiff(IReadOnlyList<SitePage> added, IReadOnlyList<SitePage> changed, IReadOnlyList<SitePage> removed, IReadOnlyList<(string Kind, int Added, int Changed, int Removed)> others)
    {
        Added = added;
        Changed = changed;
        Removed = removed;
        Others = others;
    }

    public IReadOnlyList<SitePage> Added { get; }

    public IReadOnlyList<SitePage> Changed { get; }

    public IReadOnlyList<SitePage> Removed { get; }

    /// <summary>Files that are not pages, by kind: how many each change adds, changes and removes.</summary>
    public IReadOnlyList<(string Kind, int Added, int Changed, int Removed)> Others { get; }

    public static SiteDiff Compare(string oldSite, string newSite)
    {
        var before = Files(oldSite);
        var after = Files(newSite);
        var added = after.Keys.Except(before.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Except(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var changed = after.Keys.Intersect(before.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(f => !SameBytes(before[f], after[f])).ToList();

        List<SitePage> Pages(IEnumerable<string> files, IReadOnlyDictionary<string, string> site) =>
            [.. files.Where(IsPage).Select(f => new SitePage(PagePath(f), TitleOf(site[f])))];

        var others = OtherKinds
            .Select(kind => (kind, added.Count(f => KindOf(f) == kind), changed.Count(f => KindOf(f) == kind), removed.Count(f => KindOf(f) == kind)))
            .ToList();
        return new SiteDiff(Pages(added, after), Pages(changed, after), Pages(removed, before), others);
    }

    /// <summary>
    /// The summary as Markdown for a pull request (GitHub's job summary): a heading with the counts, a table per change,
    /// the other files in one line. Titles are contributor text: everything Markdown or HTML would read is escaped.
    /// </summary>
    public string ToMarkdown(string basePath = "/")
    {
        var text = new StringBuilder();
        text.Append($"## Site changes: {Count(Added.Count, "page")} added, {Changed.Count} changed, {Removed.Count} removed\n\n");
        Table(text, "Added", Added, basePath);
        Table(text, "Changed", Changed, basePath);
        Table(text, "Removed", Removed, basePath);
        var others = Others.Where(o => o.Added + o.Changed + o.Removed > 0)
            .Select(o => $"{o.Kind}: {o.Added} added, {o.Changed} changed, {o.Removed} removed").ToList();
        text.Append(others.Count == 0 ? "No other file changed.\n" : $"Other files — {string.Join("; ", others)}.\n");
        return text.ToString();
    }

    private static void Table(StringBuilder text, string heading, IReadOnlyList<SitePage> pages, string basePath)
    {
        if (pages.Count == 0)
        {
            return;
        }

        text.Append($"### {heading} ({pages.Count})\n\n| Page | Address |\n| --- | --- |\n");
        foreach (var page in pages)
        {
            text.Append($"| {Escape(page.Title)} | `{basePath}{page.Path}` |\n");
        }

        text.Append('\n');
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Text as Markdown shows it literally in a table cell: no markup, link, HTML or cell break of its own.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
            }
            else if (c is '<' or '>' or '&')
            {
                sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", _ => "&amp;" });
            }
            else if ("\\`*_[]|~:".Contains(c, StringComparison.Ordinal)) // ':' too: no autolink
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsPage(string file) => file.EndsWith(".html", StringComparison.Ordinal) && KindOf(file) == "pages";

    private static string KindOf(string file) =>
        file.StartsWith("pagefind/", StringComparison.Ordinal) ? "search index"
        : file.StartsWith("assets/", StringComparison.Ordinal) ? "assets"
        : file.EndsWith("feed.xml", StringComparison.Ordinal) ? "feeds"
        : file.EndsWith(".html", StringComparison.Ordinal) ? "pages"
        : "other files";

    /// <summary><c>articles/x/index.html</c> → <c>articles/x/</c>; <c>404.html</c> stays.</summary>
    private static string PagePath(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static string TitleOf(string file)
    {
        var head = File.ReadAllText(file);
        var match = Title().Match(head);
        if (!match.Success)
        {
            return "(no title)";
        }

        // "Title · Site name": the site's name is the same on every page
        var title = WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
        var suffix = title.LastIndexOf(" · ", StringComparison.Ordinal);
        return suffix > 0 ? title[..suffix] : title;
    }

    private static Dictionary<string, string> Files(string site)
    {
        var root = Path.GetFullPath(site);
        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
    }

    private static bool SameBytes(string a, string b)
    {
        var (x, y) = (new FileInfo(a), new FileInfo(b));
        return x.Length == y.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
