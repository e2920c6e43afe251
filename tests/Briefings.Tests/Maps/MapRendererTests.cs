using System.Text.RegularExpressions;
using Briefings.Countries;
using Briefings.Maps;

namespace Briefings.Tests.Maps;

/// <summary>What <see cref="MapRenderer.Render"/> draws: points by precision at their projected place, shaded countries as links.</summary>
public sealed partial class MapRendererTests
{
    private static Country Country(string slug) => CountryCatalog.Default.Find(slug)!;

    [Fact]
    public void Should_draw_a_dot_for_an_exact_point_and_a_ring_for_a_near_or_region_one_at_the_projected_place()
    {
        // Given three points on the world map (800 units wide, 84° N to 57° S)
        MapPoint[] points =
        [
            new(33.6844, 73.0479, MapPrecision.Exact, "Blast in Islamabad", "/base/events/2019/blast/"),
            new(40.7128, -74.006, MapPrecision.Near, "Talks <near> New York", "/base/events/2019/talks/"),
            new(1.3521, 103.8198, MapPrecision.Region, "Exercise off Singapore", "/base/events/2019/exercise/"),
        ];

        // When
        var map = MapRenderer.Render("m", "Events", MapRegion.World, [], points);
        var svg = map.Svg.Html;

        // Then each is a link named by its label, drawn where d3-geo's geoEqualEarth puts it (values worked out with d3)
        Assert.Contains("viewBox=\"0 0 800 348\"", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/base/events/2019/blast/\" aria-label=\"Blast in Islamabad\"><circle class=\"halo dot-halo\" cx=\"549.1\" cy=\"95.4\" r=\"4.5\"></circle><circle class=\"dot\" cx=\"549.1\" cy=\"95.4\" r=\"4.5\"></circle></a>", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/base/events/2019/talks/\" aria-label=\"Talks &lt;near&gt; New York\"><circle class=\"halo ring-halo\" cx=\"254.9\" cy=\"76.8\" r=\"8\"></circle><circle class=\"ring\" cx=\"254.9\" cy=\"76.8\" r=\"8\"></circle></a>", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/base/events/2019/exercise/\" aria-label=\"Exercise off Singapore\"><circle class=\"halo ring-halo\" cx=\"630.7\" cy=\"189.1\" r=\"13\"></circle><circle class=\"ring\" cx=\"630.7\" cy=\"189.1\" r=\"13\"></circle></a>", svg, StringComparison.Ordinal);

        // And the text equivalent lists them with their precision in words, and the SVG says it holds links
        Assert.Equal(["Blast in Islamabad: exact place", "Talks <near> New York: near the place marked", "Exercise off Singapore: in the region marked"],
            map.Rows.Select(r => $"{r.Label}: {r.Value}"));
        Assert.Contains("role=\"group\" aria-labelledby=\"m-title\"", svg, StringComparison.Ordinal);
        Assert.Contains("3 places marked", map.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_shade_the_country_of_a_country_level_point_by_its_country_or_by_where_its_coordinates_fall()
    {
        // Given a country-level point that names its country, and one that only has coordinates (in Bahrain)
        MapPoint[] points =
        [
            new(0, 0, MapPrecision.Country, "Raid somewhere in Pakistan", "/e/raid/", Country("pakistan")),
            new(26.0667, 50.5577, MapPrecision.Country, "Arrests in Bahrain", "/e/arrests/"),
        ];

        // When
        var svg = MapRenderer.Render("m", "Events", MapRegion.World, [], points).Svg.Html;

        // Then Pakistan's shape is shaded as the point and links to it; Bahrain is too, with a marker as it is tiny here
        Assert.Matches("<a href=\"/e/raid/\" aria-label=\"Raid somewhere in Pakistan\"><path class=\"point-country\" d=\"M", svg);
        Assert.Matches("<a href=\"/e/arrests/\" aria-label=\"Arrests in Bahrain\">(<path class=\"point-country\" d=\"[^\"]+\"></path>)?<circle class=\"point-country marker\"", svg);
        Assert.DoesNotContain("class=\"dot\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_each_shaded_country_to_its_page_with_its_count_and_class_When_drawing_a_choropleth()
    {
        // Given five countries with different counts
        MapShade[] shades =
        [
            new(Country("pakistan"), 40, "/base/countries/pakistan/"),
            new(Country("russia"), 12, "/base/countries/russia/"),
            new(Country("india"), 5, "/base/countries/india/"),
            new(Country("china"), 2, "/base/countries/china/"),
            new(Country("bahrain"), 1, "/base/countries/bahrain/"),
        ];

        // When
        var map = MapRenderer.Render("m", "Coverage by country", MapRegion.World, shades, []);
        var svg = map.Svg.Html;

        // Then each is a link to its page, named with its count, in a class from lightest (fewest) to darkest
        Assert.Contains("<a href=\"/base/countries/pakistan/\" aria-label=\"Pakistan: 40 items\"><path class=\"c5\"", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/base/countries/russia/\" aria-label=\"Russia: 12 items\"><path class=\"c4\"", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/base/countries/china/\" aria-label=\"China: 2 items\"><path class=\"c2\"", svg, StringComparison.Ordinal);

        // And Bahrain, too small to see on a world map, gets a marker in its class so it can be seen and clicked
        Assert.Contains("<a href=\"/base/countries/bahrain/\" aria-label=\"Bahrain: 1 item\">", svg, StringComparison.Ordinal);
        Assert.Matches("aria-label=\"Bahrain: 1 item\">(<path[^>]+></path>)?<circle class=\"c1 marker\"", svg);

        // And the legend has the five classes, the table every country by count
        Assert.Equal(["c1 1 item", "c2 2 items", "c3 3–5 items", "c4 6–12 items", "c5 13–40 items"], map.Legend.Select(l => $"{l.CssClass} {l.Label}"));
        Assert.Equal(["Pakistan 40", "Russia 12", "India 5", "China 2", "Bahrain 1"], map.Rows.Select(r => $"{r.Label} {r.Value}"));
        Assert.Equal(5, LinkCount().Count(svg));
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, "c4 1 item")]
    [InlineData(new[] { 1, 2 }, "c1 1 item|c5 2 items")]
    [InlineData(new[] { 1, 1, 2, 3, 4, 10, 11, 30, 31, 1000 }, "c1 1 item|c2 2–3 items|c3 4–10 items|c4 11–30 items|c5 31–1,000 items")]
    public void Should_make_up_to_five_classes_of_about_as_many_countries_each(int[] values, string legend) =>
        Assert.Equal(legend, string.Join("|", MapRenderer.Classes(values).Legend.Select(l => $"{l.CssClass} {l.Label}")));

    [Fact]
    public void Should_draw_the_same_bytes_every_time()
    {
        MapShade[] shades = [new(Country("pakistan"), 3, "/p/"), new(Country("russia"), 1, "/r/")];
        Assert.Equal(
            MapRenderer.Render("m", "T", MapRegion.World, shades, []).Svg.Html,
            MapRenderer.Render("m", "T", MapRegion.World, [.. shades.Reverse()], []).Svg.Html);
    }

    [GeneratedRegex("<a href=")]
    private static partial Regex LinkCount();
}
