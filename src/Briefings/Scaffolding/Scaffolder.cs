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
        [.. ContentKinds.All.Where(d => d.Scaffold("", default) is not null).Select(d => d.Kind)];

    /// <summary>Writes a new file of <paramref name="kind"/> titled <paramref name="title"/> as <paramref name="slug"/> (a valid one); never overwrites.</summary>
    public static ScaffoldResult Create(string inputDirectory, ContentKind kind, string title, string slug, PartialDate date)
    {
        if (ContentPath.IsReserved(kind, slug))
        {
            return new(null, $"'{slug}' is reserved for the site's own pages; choose another title");
        }

        var relative = PathOf(kind, slug, date);
        var descriptor = ContentKinds.Of(kind);
        var byYear = Path.Combine(inputDirectory, descriptor.Folder ?? "");
        var existing = descriptor.FiledByYear
            ? !Directory.Exists(byYear) ? null : Directory.EnumerateFiles(byYear, slug + ".md", SearchOption.AllDirectories).FirstOrDefault()
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

    /// <summary>Whether a new file of <paramref name="kind"/> starts as a draft with <c>TODO</c> placeholders.</summary>
    public static bool StartsAsDraft(ContentKind kind) => ContentKinds.Of(kind).ScaffoldsDraft;

    /// <summary>The path of a new file of <paramref name="kind"/> with <paramref name="slug"/>, relative to the input folder.</summary>
    public static string PathOf(ContentKind kind, string slug, PartialDate date) => ContentPath.PathOf(kind, slug, date);

    /// <summary>The file's text; <paramref name="schemaPath"/> goes in the editor comment on line 2.</summary>
    public static string Text(ContentKind kind, string title, PartialDate date, string schemaPath)
    {
        var lines = ContentKinds.Of(kind).Scaffold(YamlText.Quote(title), date)
            ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "no template for this kind");
        return string.Join('\n', ["---", $"# yaml-language-server: $schema={schemaPath}", .. lines, "---", ""]);
    }
}
