using Briefings.Content;
using Briefings.Importing;

namespace Briefings.Tests.Importing;

/// <summary>Saved HTML pages → the article's body, with the page's own metadata first.</summary>
public sealed class HtmlImportTests : IDisposable
{
    private readonly Support.TestSite _site = ImportSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_take_title_date_source_and_address_from_the_page_metadata_When_importing_a_saved_page()
    {
        // When
        var article = ImportSite.ImportHtml(_site.Input, ImportSite.Raw("html/news-page.html"));

        // Then
        Assert.Equal(("Uzbek and Afghan officials agree on border patrols", "JSON-LD headline"), (article.Title, article.TitleReason));
        Assert.Equal((new PartialDate(2022, 5, 17), "JSON-LD datePublished"), (article.Date.Value, article.Date.Reason));
        Assert.Equal(("The Example Herald", "og:site_name"), (article.SourceName.Value, article.SourceName.Reason));
        Assert.Equal("https://herald.example/world/asia/uzbek-afghan-border-patrols-4821", article.Url?.AbsoluteUri);
        Assert.Equal(("Kabul", "Jane Doe"), (article.Dateline.Value, article.Byline));
        Assert.Equal("afghanistan uzbekistan pakistan", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Equal("islamic-state", ImportSite.Slugs(article, ContentKind.Group));
        Assert.Equal("karim-nazari", ImportSite.Slugs(article, ContentKind.Person));
        Assert.Equal(["afghanistan-uzbekistan-bsc-3"], article.Meetings.Select(m => m.Slug));
    }

    [Fact]
    public void Should_keep_only_the_article_text_When_the_page_has_captions_widgets_related_links_and_scripts()
    {
        // When
        var article = ImportSite.ImportHtml(_site.Input, ImportSite.Raw("html/news-page.html"));

        // Then
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.StartsWith("KABUL: Afghanistan and Uzbekistan agreed on Tuesday", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("The commission will meet again next year in Termez, the Uzbek side said.", article.Paragraphs[^1]);
        var body = string.Join("\n", article.Paragraphs);
        foreach (var furniture in new[] { "Photo", "Related", "Hairatan doubles", "Facebook", "Advertisement", "alert", "tracking", "Markets", "Comments", "©", "Tags" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }

        Assert.StartsWith("Afghanistan and Uzbekistan agreed on Tuesday", article.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_home_page_When_it_has_no_article()
    {
        // When
        HtmlExtractor.Extract(ImportSite.Raw("html/home-page.html"), null, out var error);

        // Then
        Assert.Equal("no article found in the page (is it a home page, an index or an error page?)", error);
    }

    [Fact]
    public void Should_refuse_quickly_When_the_page_nests_100000_elements()
    {
        // Given
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "text</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When
        HtmlExtractor.Extract(html, null, out var error);

        // Then
        Assert.Equal("the page nests its elements more than 3,000 deep: not an article page", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
