using System.Text;
using Briefings.Content;
using Briefings.Parsing;
using Briefings.Scaffolding;

namespace Briefings.Importing;

/// <summary>
/// Writes an imported article as a draft. What the text did not say is a placeholder that <c>check</c> reports:
/// <c>date: TODO</c> is an error until it is set, <c>source.name</c> and the summary are <c>TODO</c> warnings while
/// the file is a draft and errors once it is published. The summary starts from the lead, to be put in your own words;
/// the body is a placeholder that points to the source text.
/// </summary>
internal static class DraftWriter
{
    public static string Text(ImportedArticle article, string schemaPath)
    {
        var todo = FieldReader.PlaceholderPrefix;
        var lines = new List<string>
        {
            "---",
            $"# yaml-language-server: $schema={schemaPath}",
            $"title: {YamlText.Quote(article.Title)}",
            article.Date.Value is { } date
                ? $"date: {date.Iso}"
                : $"date: {todo}".PadRight(34) + "# not in the text: YYYY-MM-DD, YYYY-MM or YYYY, as precisely as known",
            "source:",
            article.SourceName.Value is { } name ? $"  name: {YamlText.Quote(name)}" : $"  name: \"{todo}: the publisher\"",
            article.Url is { } url ? $"  url: {url.AbsoluteUri}" : "  # url: https://…",
            $"summary: {YamlText.Quote($"{todo}: put the lead in your own words: {article.Lead}")}",
        };
        if (article.Dateline.Value is { } dateline)
        {
            lines.Add($"dateline: {YamlText.Quote(dateline)}");
        }

        // The tags, by field name: the kinds import tags from the text (their descriptors say), the meetings it found,
        // and the site's topics it suggests.
        var tags = ContentKinds.All.Where(d => d.TaggedByImport)
            .Select(d => (Field: d.Plural, Slugs: article.Of(d.Kind).Select(e => e.Key.Slug)))
            .Append((Field: "meetings", Slugs: article.Meetings.Select(m => m.Slug)))
            .Append((Field: "topics", Slugs: article.Topics.Select(t => t.Slug)));
        lines.AddRange(tags.OrderBy(t => t.Field, StringComparer.Ordinal).Select(t => $"{t.Field}: {YamlText.List(t.Slugs)}"));
        lines.Add("status: draft".PadRight(34) + "# imported: check the tags against the text, then delete this line to publish");
        lines.Add("---");
        lines.Add("");
        var text = new StringBuilder(string.Join('\n', lines));
        // The page's text stays out of the draft (and so out of the published page): it is kept, for reference, in
        // the input folder's .briefings/sources, and check warns when a published body repeats 40 words of it.
        text.Append('\n').Append($"{todo}: write the briefing in your own words. The imported text is in {DraftFile.SourceTextPath(article.Slug)} ")
            .Append("(in the input folder, never published): summarise it, and quote it briefly, in quotation marks.\n");
        return text.ToString();
    }
}
