using System.Text;
using Briefings.Content;
using Briefings.Parsing;
using Briefings.Scaffolding;

namespace Briefings.Importing;

/// <summary>
/// Writes an imported article as a draft. What the text did not say is a placeholder that <c>check</c> reports:
/// <c>date: TODO</c> is an error until it is set, <c>source.name</c> and the summary are <c>TODO</c> warnings while
/// the file is a draft and errors once it is published. The summary starts from the lead, to be put in your own words.
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

        lines.Add($"countries: {YamlText.List(article.Of(ContentKind.Country).Select(e => e.Key.Slug))}");
        lines.Add($"groups: {YamlText.List(article.Of(ContentKind.Group).Select(e => e.Key.Slug))}");
        lines.Add($"meetings: {YamlText.List(article.Meetings.Select(m => m.Slug))}");
        lines.Add($"people: {YamlText.List(article.Of(ContentKind.Person).Select(e => e.Key.Slug))}");
        lines.Add("topics: []");
        lines.Add("status: draft".PadRight(34) + "# imported: check the tags against the text, then delete this line to publish");
        lines.Add("---");
        lines.Add("");
        var text = new StringBuilder(string.Join('\n', lines));
        text.Append(string.Join("\n\n", article.Paragraphs.Select(MarkdownText.Escape))).Append('\n');
        return text.ToString();
    }
}
