using System.Globalization;
using AngleSharp.Html.Parser;

namespace Briefings.Importing;

/// <summary>An article found in an HTML page: what the page says about it, and its body as paragraphs.</summary>
internal sealed record ExtractedPage(PageMetadata Metadata, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Finds the article in a saved or fetched HTML page. The body comes from SmartReader (a port of Mozilla's
/// Readability, which scores the page's blocks by text and link density), turned into plain paragraphs; when the
/// page's own JSON-LD <c>articleBody</c> is much longer than that, the page's own text wins. The metadata comes from
/// the page (<see cref="PageMetadata"/>). A page nested deeper than any article, or with no article in it, is refused.
/// </summary>
internal static class HtmlExtractor
{
    /// <summary>
    /// Fewer letters than this is not an article (a home page, an error page, a paywall stub). Letters, not words:
    /// Japanese or Chinese text has no spaces between its words.
    /// </summary>
    private const int MinLetters = 200;

    public static ExtractedPage Extract(string html, Uri? url, out string? error)
    {
        error = null;
        var (depth, elements) = HtmlNesting.Measure(html);
        if (depth > HtmlNesting.Limit || elements > HtmlNesting.ElementLimit)
        {
            error = depth > HtmlNesting.Limit
                ? string.Create(CultureInfo.InvariantCulture, $"the page nests its elements more than {HtmlNesting.Limit:N0} deep: not an article page")
                : string.Create(CultureInfo.InvariantCulture, $"the page has more than {HtmlNesting.ElementLimit:N0} elements: too large for one article page");
            return new ExtractedPage(new PageMetadata(), []);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var metadata = PageMetadata.Read(document, url);

        var address = (metadata.Canonical ?? url ?? new Uri("https://localhost/")).AbsoluteUri;
        List<string> paragraphs = [];
        var article = new SmartReader.Reader(address, html).GetArticle();
        if (article is { Content.Length: > 0 })
        {
            var content = parser.ParseDocument("<body>" + article.Content + "</body>");
            paragraphs = HtmlBlocks.Of(content.Body!);
        }

        if (metadata.ArticleBody is { } body)
        {
            var own = body.Split('\n').Select(HtmlBlocks.Normalise).Where(p => p.Length > 0).ToList();
            if (Letters(own) > 1.5 * Letters(paragraphs) && Letters(own) >= MinLetters)
            {
                paragraphs = own;
            }
        }

        if (Letters(paragraphs) < MinLetters)
        {
            error = "no article found in the page (is it a home page, an index or an error page?)";
        }

        return new ExtractedPage(metadata, paragraphs);
    }

    private static int Letters(IEnumerable<string> paragraphs) => paragraphs.Sum(p => p.Count(char.IsLetterOrDigit));
}
