using System.Text.RegularExpressions;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// An entity's page shows its newest coverage; older coverage is on numbered pages after it, so a country with
/// thousands of articles still has a page a reader can load.
/// </summary>
public sealed partial class CoveragePagesTests : IDisposable
{
    private const int PageSize = Pages.EntityPages.CoveragePageSize;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_show_the_newest_items_and_link_older_pages_When_an_entity_has_more_coverage_than_a_page_holds()
    {
        // Given 60 articles on Pakistan over two years (2018: 40, 2019: 20)
        for (var i = 0; i < PageSize + 10; i++)
        {
            var year = i < 40 ? 2018 : 2019;
            _site.With($"articles/{year}/a{i:00}.md", Files.Article($"Story {i:00}", date: $"{year}-02-{1 + (i % 28):00}", extra: "countries: [pakistan]"));
        }

        // When the site is built
        var result = _site.BuildClean();
        Assert.Empty(result.Diagnostics);

        // Then the country page has a page's worth of cards and links to page 2, which has the rest and links back
        var first = _site.Page("countries/pakistan/");
        var second = _site.Page("countries/pakistan/page/2/");
        Assert.Equal(PageSize, Cards(first));
        Assert.Equal(10, Cards(second));
        Assert.Contains("href=\"/base/countries/pakistan/page/2/\" rel=\"next\"", first);
        Assert.Contains("href=\"/base/countries/pakistan/\" rel=\"prev\"", second);
        Assert.Contains("<a href=\"/base/countries/pakistan/\">Pakistan</a>", second);
        Assert.False(_site.HasPage("countries/pakistan/page/3/"));

        // And a year split over both pages gives its whole count on each, and every card appears exactly once
        Assert.Contains("2018 <span class=\"count\">(40)</span>", first);
        Assert.Contains("2018 <span class=\"count\">(40)</span>", second);
        var titles = CardTitles().Matches(first + second).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(PageSize + 10, titles.Distinct().Count());
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Contains("/base/countries/pakistan/page/2/", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")));
    }

    [Fact]
    public void Should_not_make_older_coverage_pages_When_the_coverage_fits_on_the_entity_page()
    {
        _site.With("articles/2018/a.md", Files.Article("A", extra: "countries: [pakistan]")).BuildClean();

        Assert.DoesNotContain("rel=\"next\"", _site.Page("countries/pakistan/"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "countries", "pakistan", "page")));
    }

    private static int Cards(string html) => Regex.Count(html, "<li class=\"card\">");

    [GeneratedRegex("<p class=\"card-title\"><a href=\"[^\"]+\">(Story \\d+)</a>")]
    private static partial Regex CardTitles();
}
