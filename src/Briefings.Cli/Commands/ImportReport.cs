using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Importing;
using Briefings.Linking;

namespace Briefings.Cli.Commands;

/// <summary>What <c>import</c> detected and why, so the contributor knows what to check; or the same as one JSON line.</summary>
internal static class ImportReport
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The report; <paramref name="path"/> is null for a dry run.</summary>
    public static void Print(TextWriter w, string? path, ImportedArticle article, Site site)
    {
        w.WriteLine(path is null ? $"would create articles/{Folder(article)}/{article.Slug}.md (draft; --dry-run: nothing written)" : $"created {path} (draft)");
        w.WriteLine($"  title:     {article.Title} ({article.TitleReason})");
        w.WriteLine($"  date:      {(article.Date.Value is { } d ? $"{d.Iso} ({article.Date.Reason})" : "not found: set 'date' (check reports it until you do) and move the file to the folder of its year (it is in undated/)")}");
        w.WriteLine($"  source:    {(article.SourceName.Value is { } s ? $"{s} ({article.SourceName.Reason})" : "not found: set 'source.name' (or use --source-name)")}");
        if (article.Url is { } url)
        {
            w.WriteLine($"  url:       {url.AbsoluteUri}");
        }

        w.WriteLine($"  dateline:  {(article.Dateline.Value is { } p ? $"{p} ({article.Dateline.Reason})" : "none found")}");
        if (article.Byline is { } by)
        {
            w.WriteLine($"  byline:    {by} (not kept: credit the publisher in 'source')");
        }

        w.WriteLine($"  summary:   from the lead, marked TODO: put it in your own words");
        foreach (var (kind, field) in new[] { (ContentKind.Country, "countries"), (ContentKind.Group, "groups"), (ContentKind.Person, "people") })
        {
            var found = article.Of(kind).Select(e => $"{e.Key.Slug} ({Forms(e)})").ToList();
            w.WriteLine($"  {field + ":",-10} {(found.Count == 0 ? "none found" : string.Join(", ", found))}");
        }

        var meetings = article.Meetings.Select(m => $"{m.Slug} (\"{Shorten(m.Evidence)}\")").ToList();
        w.WriteLine($"  meetings:  {(meetings.Count == 0 ? "none found" : string.Join(", ", meetings))}");
        var topics = article.Topics.Select(t => $"{t.Slug} ({t.Reason})").ToList();
        w.WriteLine($"  topics:    {(topics.Count == 0 ? "none suggested" : string.Join(", ", topics) + " (suggested: keep those the article is about)")}");
        foreach (var unknown in article.UnknownNames)
        {
            w.WriteLine($"  unknown:   {unknown.Name} ({unknown.Kind}, not in the site): {unknown.Command}");
        }

        w.WriteLine($"  removed:   {(article.Removed.Count == 0 ? "nothing" : string.Join(", ", article.Removed.Select(r => $"\"{Shorten(r)}\"")))}");
        if (path is not null)
        {
            w.WriteLine($"  source text: kept in {DraftFile.SourceTextPath(article.Slug)} in the input folder (not published: summarise, quote briefly)");
        }

        w.WriteLine("next: check the tags against the text, fill in the TODOs, then run 'briefings check --drafts'");

        string Forms(DetectedEntity e)
        {
            var forms = e.Forms.Select(f => $"{f.Written} ×{f.Count}");
            return string.Join(", ", e.Reason is null ? forms : forms.Prepend(e.Reason));
        }
    }

    /// <summary>One line of JSON: what a draft of this input would hold, and the article's plain text.</summary>
    public static void WriteJson(TextWriter w, string input, ImportedArticle article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteString("title", article.Title);
            json.WriteString("slug", article.Slug);
            Nullable(json, "date", article.Date.Value?.Iso);
            json.WriteString("path", $"articles/{Folder(article)}/{article.Slug}.md");
            json.WriteStartObject("source");
            Nullable(json, "name", article.SourceName.Value);
            Nullable(json, "url", article.Url?.AbsoluteUri);
            json.WriteEndObject();
            Nullable(json, "dateline", article.Dateline.Value);
            Nullable(json, "byline", article.Byline);
            json.WriteString("summary", article.Lead);
            json.WriteString("body", string.Join("\n\n", article.Paragraphs));
            Strings(json, "countries", article.Of(ContentKind.Country).Select(e => e.Key.Slug));
            Strings(json, "groups", article.Of(ContentKind.Group).Select(e => e.Key.Slug));
            Strings(json, "people", article.Of(ContentKind.Person).Select(e => e.Key.Slug));
            Strings(json, "meetings", article.Meetings.Select(m => m.Slug));
            Strings(json, "topics", article.Topics.Select(t => t.Slug));
            json.WriteStartArray("unknown_names");
            foreach (var unknown in article.UnknownNames)
            {
                json.WriteStartObject();
                json.WriteString("name", unknown.Name);
                json.WriteString("kind", unknown.Kind);
                json.WriteString("command", unknown.Command);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("reasons");
            json.WriteString("title", article.TitleReason);
            json.WriteString("date", article.Date.Reason);
            json.WriteString("source", article.SourceName.Reason);
            json.WriteString("dateline", article.Dateline.Reason);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One line of JSON for an input that gave no article: the input and why.</summary>
    public static void WriteJsonError(TextWriter w, string input, string error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteString("error", error);
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Folder(ImportedArticle article) => article.Date.Value is { } d ? $"{d.Year:0000}" : "undated";

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "…";
}
