using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Briefings.Content;

namespace Briefings.Importing;

/// <summary>
/// What a page says about itself, before any heuristic: the JSON-LD <c>NewsArticle</c> (or any <c>*Article</c>,
/// also inside <c>@graph</c>), then Open Graph and article meta tags, the canonical link and the byline meta.
/// Each value comes with where it was found, for the import report.
/// </summary>
internal sealed partial record PageMetadata
{
    public Detected<string> Title { get; init; } = new(null, "not found");

    public Detected<PartialDate?> Date { get; init; } = new(null, "not found");

    public Detected<string> SiteName { get; init; } = new(null, "not found");

    public Uri? Canonical { get; init; }

    public string? Byline { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c>, when the page carries one.</summary>
    public string? ArticleBody { get; init; }

    public static PageMetadata Read(IDocument document, Uri? pageUrl)
    {
        var ld = JsonLdArticle(document);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                var value = document.QuerySelectorAll("meta")
                    .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
                    ?.GetAttribute("content");
                if (Clean(value) is { } clean)
                {
                    return clean;
                }
            }

            return null;
        }

        Detected<string> title =
            Clean(ld.Headline) is { } headline ? new(headline, "JSON-LD headline")
            : Meta("og:title") is { } og ? new(og, "og:title")
            : Meta("twitter:title") is { } tw ? new(tw, "twitter:title")
            : Clean(document.QuerySelector("h1")?.TextContent) is { } h1 ? new(h1, "the page's h1")
            : Clean(document.Title) is { } t ? new(t, "the page's <title>")
            : new(null, "not found");

        var date = IsoDate(ld.DatePublished) is { } ldDate ? new Detected<PartialDate?>(ldDate, "JSON-LD datePublished")
            : IsoDate(Meta("article:published_time")) is { } published ? new Detected<PartialDate?>(published, "article:published_time")
            : IsoDate(Meta("datePublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time"))
                is { } meta ? new Detected<PartialDate?>(meta, "the page's date meta tag")
            : IsoDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")) is { } time ? new Detected<PartialDate?>(time, "the page's first <time>")
            : new Detected<PartialDate?>(null, "not found");

        Detected<string> site =
            Meta("og:site_name") is { } ogSite ? new(ogSite, "og:site_name")
            : Clean(ld.Publisher) is { } publisher ? new(publisher, "JSON-LD publisher")
            : Meta("application-name") is { } app ? new(app, "application-name")
            : new(null, "not found");

        var canonical = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), pageUrl)
            ?? Absolute(Meta("og:url"), pageUrl) ?? Absolute(ld.Url, pageUrl);
        return new PageMetadata
        {
            Title = title,
            Date = date,
            SiteName = site,
            Canonical = canonical,
            Byline = Clean(ld.Author) ?? Meta("author", "article:author", "byl", "dc.creator"),
            ArticleBody = ld.ArticleBody,
        };
    }

    /// <summary>The date of an ISO 8601 value ("2019-11-14T08:30:00+05:00" → 2019-11-14).</summary>
    internal static PartialDate? IsoDate(string? text)
    {
        var m = text is null ? Match.Empty : Iso().Match(text.Trim());
        return m.Success && PartialDate.TryParse(m.Value, out var date, out _) && date.Year is >= 1900 and <= 2100 ? date : null;
    }

    private static Uri? Absolute(string? href, Uri? page) =>
        string.IsNullOrWhiteSpace(href) ? null
        : Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https" ? abs
        : page is not null && Uri.TryCreate(page, href.Trim(), out var rel) && rel.Scheme is "http" or "https" ? rel
        : null;

    private static string? Clean(string? text) => HtmlBlocks.Normalise(text ?? "") is { Length: > 0 and <= 300 } clean ? clean : null;

    private sealed record LdArticle(string? Headline, string? DatePublished, string? Publisher, string? Author, string? Url, string? ArticleBody);

    private static LdArticle JsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(json.RootElement, 0) is { } article)
                {
                    return new LdArticle(
                        Text(article, "headline") ?? Text(article, "name"),
                        Text(article, "datePublished") ?? Text(article, "dateCreated"),
                        Name(article, "publisher"),
                        Name(article, "author"),
                        Text(article, "url"),
                        Text(article, "articleBody"));
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is no reason to refuse the page: the meta tags and the text still count.
            }
        }

        return new LdArticle(null, null, null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && Types(type).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report"))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
        : [];

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A publisher or author: a string, an object with a name, or the first of a list of either.</summary>
    private static string? Name(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .OfType<string>().Where(n => n.Trim().Length > 0).Take(3).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    [GeneratedRegex(@"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")]
    private static partial Regex Iso();
}
