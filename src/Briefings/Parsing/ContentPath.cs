using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>What a path in <c>input/</c> holds: <c>articles/2018/slug.md</c> is an article with slug <c>slug</c>.</summary>
internal sealed record ContentPath(ContentKind Kind, string Slug)
{
    public const string SiteSettingsFile = "site.yml";

    /// <summary>
    /// Where <c>import</c> files an article whose date it could not find (<c>articles/undated/slug.md</c>), so that
    /// check reports its <c>date: TODO</c> rather than ignoring the file.
    /// </summary>
    public const string UndatedFolder = "undated";

    private static readonly Dictionary<string, ContentKind> Folders = ContentKinds.All
        .Where(d => d.Folder is not null)
        .ToDictionary(d => d.Folder!, d => d.Kind, StringComparer.Ordinal);

    /// <summary>Slugs whose pages would sit where the site puts its own: <c>articles/page/2/</c>, <c>meetings/series/x/</c>.</summary>
    public static bool IsReserved(ContentKind kind, string slug) =>
        slug is "page" or "feed" or "assets" || ContentKinds.Of(kind).IsReserved(slug);

    /// <summary>Classifies a path, reporting files that are misplaced or badly named.</summary>
    public static ContentPath? Classify(string path, DiagnosticBag diagnostics)
    {
        var parts = path.Split('/');
        var at = SourceLocation.StartOf(path);
        if (parts.Length < 2 || !Folders.TryGetValue(parts[0], out var kind))
        {
            diagnostics.Warning(at, DiagnosticCodes.UnexpectedFile,
                $"file is not part of the site; content goes in {string.Join(", ", Folders.Keys.Select(f => f + "/"))} and settings in {SiteSettingsFile}");
            return null;
        }

        var byYear = ContentKinds.Of(kind).FiledByYear;
        if (!path.EndsWith(".md", StringComparison.Ordinal) || parts.Length != (byYear ? 3 : 2)
            || (byYear && !(parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit)) && parts[1] != UndatedFolder))
        {
            var shape = byYear ? $"{parts[0]}/<yyyy>/<slug>.md" : $"{parts[0]}/<slug>.md";
            diagnostics.Warning(at, DiagnosticCodes.UnexpectedFile, $"file is ignored: {kind.Plural()} are written as {shape}");
            return null;
        }

        var slug = parts[^1][..^3];
        if (!Content.Slug.IsValid(slug))
        {
            diagnostics.Error(at, DiagnosticCodes.BadFileName, $"file name: {Content.Slug.Explain(slug)}; the file name is the page's slug");
            return null;
        }

        if (IsReserved(kind, slug))
        {
            diagnostics.Error(at, DiagnosticCodes.InvalidSlug, $"'{slug}' is reserved for the site's own pages under /{kind.Plural()}/; choose another file name");
            return null;
        }

        return new ContentPath(kind, slug);
    }

    /// <summary>The path of a new file of <paramref name="kind"/>, relative to the input folder.</summary>
    public static string PathOf(ContentKind kind, string slug, PartialDate date) =>
        ContentKinds.Of(kind) is { FiledByYear: true } d ? $"{d.Folder}/{date.Year:0000}/{slug}.md" : $"{ContentKinds.Of(kind).Folder}/{slug}.md";
}
