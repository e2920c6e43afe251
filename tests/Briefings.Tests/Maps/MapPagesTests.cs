using System.Text.RegularExpressions;
using Briefings.Tests.Support;

namespace Briefings.Tests.Maps;

/// <summary>
/// The maps a reader gets: coverage by country on the home page and <c>/countries/</c> (each mentioned country a link
/// to its page, a legend, the numbers as a table), and a light locator map on every country page.
/// </summary>
public sealed partial class MapPagesTests : IDisposable
{
    /// <summary>About 20 KB of HTML per locator map at most: a country page stays light on a phone.</summary>
    private const int LocatorBudget = 20_000;

    /// <summary>
    /// The country shapes the world map draws: the 240 carried shapes less Antarctica (south of the map) and those
    /// smaller than about two pixels at its size (Vatican City, Malta, most small islands), which only get a marker
    /// when they are shaded.
    /// </summary>
    private const int WorldShapesDrawn = 176;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_show_a_coverage_map_on_the_home_page_and_countries_index_with_each_mentioned_country_a_link_to_its_page()
    {
        // Given three articles on Pakistan, one of which also names Russia
        _site.With("articles/2019/a.md", Files.Article("A", extra: "countries: [pakistan, russia]"))
            .With("articles/2019/b.md", Files.Article("B", extra: "countries: [pakistan]"))
            .With("articles/2019/c.md", Files.Article("C", extra: "countries: [pakistan]"));

        // When the site is built
        _site.BuildClean();

        foreach (var path in new[] { "", "countries/" })
        {
            var page = _site.Page(path);
            var map = Map(page);

            // Then the page has the world map, with every country shape in view drawn
            Assert.Contains("<h2 id=\"coverage-map\">Coverage by country</h2>", page, StringComparison.Ordinal);
            Assert.Equal(WorldShapesDrawn, Paths().Count(map));

            // And each mentioned country, and only they, is a link to its page, named with its count
            Assert.Contains("<a href=\"/base/countries/pakistan/\" aria-label=\"Pakistan: 3 items\"><path class=\"c5\" d=\"M", map, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/base/countries/russia/\" aria-label=\"Russia: 1 item\"><path class=\"c1\" d=\"M", map, StringComparison.Ordinal);
            Assert.Equal(2, Regex.Count(map[..map.IndexOf("</svg>", StringComparison.Ordinal)], "<a href="));

            // And the legend, the caption and the numbers as a table (the map's text equivalent)
            Assert.Contains("<li><span class=\"swatch c1\"></span>1 item</li>", map, StringComparison.Ordinal);
            Assert.Contains("<li><span class=\"swatch c5\"></span>2–3 items</li>", map, StringComparison.Ordinal);
            Assert.Contains("<figcaption>The world; 2 countries shaded by the number of items that mention them, as the legend shows.</figcaption>", map, StringComparison.Ordinal);
            Assert.Contains("<tr><th scope=\"row\"><a href=\"/base/countries/pakistan/\">Pakistan</a></th><td>3</td></tr>", map, StringComparison.Ordinal);
            Assert.Contains("<title id=\"", map, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_not_show_a_coverage_map_When_nothing_mentions_a_country()
    {
        _site.With("articles/2019/a.md", Files.Article("A")).BuildClean();

        Assert.DoesNotContain("map-svg", _site.Page(""), StringComparison.Ordinal);
        Assert.DoesNotContain("map-svg", _site.Page("countries/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("russia", "Russia (highlighted), in Eastern Europe, with its neighbours.", false)]
    [InlineData("pakistan", "Pakistan (highlighted), in Southern Asia, with its neighbours.", false)]
    [InlineData("singapore", "Singapore (highlighted), in South-Eastern Asia, with its neighbours.", true)]
    [InlineData("bahrain", "Bahrain (highlighted), in Western Asia, with its neighbours.", true)]
    [InlineData("monaco", "Monaco (highlighted), in Western Europe, with its neighbours.", true)]
    public void Should_show_a_light_locator_map_on_a_country_page_with_a_marker_for_a_tiny_country(string slug, string caption, bool marker)
    {
        // Given a site with one article (every country has a page)
        _site.With("articles/2019/a.md", Files.Article("A")).BuildClean();

        // When a country's page is read
        var map = Map(_site.Page($"countries/{slug}/"));

        // Then it has a locator map under the budget, saying in words what it shows, its country highlighted
        Assert.True(map.Length < LocatorBudget, $"{slug}'s locator map is {map.Length:N0} bytes");
        Assert.Contains($"<figcaption>{caption}</figcaption>", map, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"locator-map-title\"", map, StringComparison.Ordinal);
        Assert.Equal(marker, map.Contains("<circle class=\"here marker\"", StringComparison.Ordinal));
        Assert.True(map.Contains("<path class=\"here\"", StringComparison.Ordinal) || marker);
        Assert.DoesNotContain("<a ", map, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_show_a_locator_map_When_the_map_data_has_no_shape_for_the_country()
    {
        _site.With("articles/2019/a.md", Files.Article("A")).BuildClean();

        Assert.DoesNotContain("map-svg", _site.Page("countries/tuvalu/"), StringComparison.Ordinal);
    }

    /// <summary>The map's block: figure, legend and table.</summary>
    private static string Map(string page)
    {
        var start = page.IndexOf("<div class=\"map\" data-pagefind-ignore=\"all\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no map on the page");
        var end = page.IndexOf("</details>", start, StringComparison.Ordinal);
        var figureEnd = page.IndexOf("</figure>", start, StringComparison.Ordinal);
        var close = page.IndexOf("</div>", Math.Max(end, figureEnd), StringComparison.Ordinal);
        return page[start..(close + "</div>".Length)];
    }

    [GeneratedRegex("<path ")]
    private static partial Regex Paths();
}
