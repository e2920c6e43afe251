using Briefings.Content;
using Briefings.Parsing;

namespace Briefings.Scaffolding;

/// <summary>What <c>briefings new</c> did: the file it wrote (relative to the input folder), or why it wrote nothing.</summary>
internal sealed record ScaffoldResult(string? RelativePath, string? Error);

/// <summary>
/// Front matter for a new file of each kind. Articles and notes start as drafts whose unknowns are <c>TODO</c>
/// placeholders: <c>check</c> warns about each until it is filled in, and fails on any left once the draft line is
/// removed. Meetings, groups and people have no placeholders: their optional fields are left as comments.
/// </summary>
internal static class Scaffolder
{
    public static IReadOnlyList<ContentKind> Kinds { get; } =
        [ContentKind.Article, ContentKind.Note, ContentKind.Meeting, ContentKind.Group, ContentKind.Person];

    /// <summary>Writes a new file of <paramref name="kind"/> titled <paramref name="title"/> as <paramref name="slug"/> (a valid one); never overwrites.</summary>
    public static ScaffoldResult Create(string inputDirectory, ContentKind kind, string title, string slug, PartialDate date)
    {
        if (ContentPath.IsReserved(kind, slug))
        {
            return new(null, $"'{slug}' is reserved for the site's own pages; choose another title");
        }

        var relative = PathOf(kind, slug, date);
        var articles = Path.Combine(inputDirectory, "articles");
        var existing = kind == ContentKind.Article
            ? !Directory.Exists(articles) ? null : Directory.EnumerateFiles(articles, slug + ".md", SearchOption.AllDirectories).FirstOrDefault()
            : Path.Combine(inputDirectory, relative);
        if (existing is not null && File.Exists(existing))
        {
            var shown = Path.GetRelativePath(inputDirectory, existing).Replace('\\', '/');
            return new(null, $"{kind.Singular()} '{slug}' already exists ({shown}); edit it, or choose another title");
        }

        var full = Path.Combine(inputDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = Text(kind, title.Trim(), date, SchemaLocator.RelativeSchemaPath(inputDirectory, full, kind));
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        return new(relative, null);
    }

    /// <summary>The path of a new file of <paramref name="kind"/> with <paramref name="slug"/>, relative to the input folder.</summary>
    public static string PathOf(ContentKind kind, string slug, PartialDate date) =>
        kind == ContentKind.Article ? $"articles/{date.Year:0000}/{slug}.md" : $"{kind.Plural()}/{slug}.md";

    /// <summary>The file's text; <paramref name="schemaPath"/> goes in the editor comment on line 2.</summary>
    public static string Text(ContentKind kind, string title, PartialDate date, string schemaPath)
    {
        var lines = new List<string> { "---", $"# yaml-language-server: $schema={schemaPath}" };
        var todo = FieldReader.PlaceholderPrefix;
        var quoted = YamlText.Quote(title);
        switch (kind)
        {
            case ContentKind.Article:
                lines.AddRange([
                    $"title: {quoted}",
                    $"date: {date.Iso}".PadRight(34) + "# YYYY-MM-DD, YYYY-MM or YYYY: the day the source published it",
                    "source:",
                    $"  name: \"{todo}: the publisher, e.g. The Kashmir Monitor\"",
                    "  # url: https://…",
                    $"summary: \"{todo}: one or two sentences in your own words\"",
                    "# dateline: Islamabad",
                    "countries: []                     # built-in slugs: pakistan, russia, united-states, …",
                    "groups: []",
                    "meetings: []",
                    "people: []",
                    "topics: []",
                    "status: draft                     # delete this line to publish (every TODO must be gone by then)",
                ]);
                break;
            case ContentKind.Note:
                lines.AddRange([
                    $"title: {quoted}",
                    $"date: {date.Iso}",
                    $"author: \"{todo}: your name or team\"",
                    $"summary: \"{todo}: the note's judgement in one or two sentences\"",
                    "about: []                         # slugs of the articles the note comments on",
                    "countries: []",
                    "groups: []",
                    "meetings: []",
                    "people: []",
                    "topics: []",
                    "# confidence: moderate            # low, moderate or high",
                    "status: draft                     # delete this line to publish (every TODO must be gone by then)",
                ]);
                break;
            case ContentKind.Meeting:
                lines.AddRange([
                    $"title: {quoted}",
                    $"date: {date.Iso}".PadRight(34) + "# the day it was held: YYYY-MM-DD, YYYY-MM or YYYY",
                    "# location: Ministry of Foreign Affairs, Islamabad",
                    "# host: pakistan",
                    "# series: pakistan-russia-jwg-ct # meetings of one series link to each other by number",
                    "# series_title: Pakistan–Russia Joint Working Group on Counter-Terrorism",
                    "# number: 7",
                    "countries: []                     # participants",
                    "groups: []",
                    "people: []",
                    "# summary: What was agreed, in your own words.",
                ]);
                break;
            case ContentKind.Group:
                lines.AddRange([
                    $"name: {quoted}",
                    "kind: other                       # militant, alliance, international-organization, government-body or other",
                    "aliases: []                       # other names, e.g. [IS, ISIS, Daesh]",
                    "countries: []                     # where it is active",
                    "# summary: Who they are, in one sentence.",
                ]);
                break;
            case ContentKind.Person:
                lines.AddRange([
                    $"name: {quoted}",
                    "aliases: []",
                    "# country: pakistan",
                    "# role: Foreign Minister of Pakistan (as reported in February 2018)",
                    "# summary: Who they are, in one sentence.",
                ]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no template for this kind");
        }

        lines.Add("---");
        lines.Add("");
        return string.Join('\n', lines);
    }
}
