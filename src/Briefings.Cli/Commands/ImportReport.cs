using Briefings.Content;
using Briefings.Importing;
using Briefings.Linking;

namespace Briefings.Cli.Commands;

/// <summary>What <c>import</c> detected and why, so the contributor knows what to check.</summary>
internal static class ImportReport
{
    public static void Print(TextWriter w, string path, ImportedArticle article, Site site)
    {
        w.WriteLine($"created {path} (draft)");
        w.WriteLine($"  title:     {article.Title} (first line)");
        var folder = path[..(path.LastIndexOf('/') + 1)];
        w.WriteLine($"  date:      {(article.Date.Value is { } d ? $"{d.Iso} ({article.Date.Reason})" : $"not found: set 'date' (check reports it until you do) and move the file to the folder of its year (it is in {folder})")}");
        w.WriteLine($"  source:    {(article.SourceName.Value is { } s ? $"{s} ({article.SourceName.Reason})" : "not found: set 'source.name' (or use --source-name)")}");
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
        w.WriteLine($"  removed:   {(article.Removed.Count == 0 ? "nothing" : string.Join(", ", article.Removed.Select(r => $"\"{Shorten(r)}\"")))}");
        w.WriteLine("next: check the tags against the text, fill in the TODOs, then run 'briefings check --drafts'");

        string Forms(DetectedEntity e)
        {
            var forms = e.Forms.Select(f => $"{f.Written} ×{f.Count}");
            return string.Join(", ", e.Reason is null ? forms : forms.Prepend(e.Reason));
        }
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "…";
}
