using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Countries;
using Briefings.Linking;
using Briefings.Maps;

namespace Briefings.Pages;

/// <summary>The maps pages show: coverage by country (home page, <c>/countries/</c>) and where a country is (its page).</summary>
internal static class CoverageMaps
{
    /// <summary>A locator map depends on nothing but its country: drawn once per process, then reused (serve, tests).</summary>
    private static readonly ConcurrentDictionary<string, MapModel?> Locators = new(StringComparer.Ordinal);

    /// <summary>
    /// The world, every country that items mention shaded by how many (all time) and linked to its page; null when
    /// nothing mentions a country.
    /// </summary>
    public static MapModel? World(PageContext ctx, string id)
    {
        var shades = ctx.Site.Countries.All
            .Select(c => (Country: c, Key: new EntityKey(ContentKind.Country, c.Slug)))
            .Select(x => new MapShade(x.Country, ctx.Site.CoverageOf(x.Key).Count, ctx.Urls.Entity(x.Key)))
            .Where(s => s.Value > 0)
            .ToList();
        return shades.Count == 0 ? null : MapRenderer.Render(id, "Coverage by country", MapRegion.World, shades, []);
    }

    /// <summary>
    /// A country's page map: the events that happened there drawn by precision on its locator map; the plain locator
    /// (drawn once) when none did.
    /// </summary>
    public static MapModel? CountryPage(PageContext ctx, Country country)
    {
        var points = ctx.EventsByCountry[country.Slug].Select(e => Point(ctx, e, country)).ToList();
        return points.Count == 0 || WorldShapes.Default.Of(country) is null
            ? Locator(country)
            : MapRenderer.Render("locator-map", $"Where {country.Name} is, and the events there", MapRegion.Around(country), [], points);
    }

    /// <summary>An event's page map: its point, drawn by precision, among the neighbours of the country where it happened.</summary>
    public static MapModel? Event(PageContext ctx, Event e)
    {
        var country = ctx.Site.Countries.Find(e.Country.Slug);
        return country is null || WorldShapes.Default.Of(country) is null
            ? null
            : MapRenderer.Render("event-map", $"Where {e.Title} happened", MapRegion.Around(country), [], [Point(ctx, e, country)]);
    }

    /// <summary>An event as a map point: a dot when exact, a ring when near or in a region, the country shaded when only the country is known.</summary>
    private static MapPoint Point(PageContext ctx, Event e, Country country)
    {
        var href = ctx.Urls.Entity(new EntityKey(ContentKind.Event, e.Slug));
        var precision = e.Precision switch
        {
            LocationPrecision.Exact => MapPrecision.Exact,
            LocationPrecision.Near => MapPrecision.Near,
            LocationPrecision.Region => MapPrecision.Region,
            _ => MapPrecision.Country,
        };
        return e.Coordinates is { } at && precision != MapPrecision.Country
            ? new MapPoint(at.Latitude, at.Longitude, precision, e.Title, href)
            : new MapPoint(0, 0, MapPrecision.Country, e.Title, href, country);
    }

    /// <summary>The country highlighted among its neighbours; null for the few the map data has no shape for (Tuvalu, Gibraltar).</summary>
    public static MapModel? Locator(Country country) =>
        Locators.GetOrAdd(country.Slug, static (_, c) => WorldShapes.Default.Of(c) is null
            ? null
            : MapRenderer.Render("locator-map", $"Where {c.Name} is", MapRegion.Around(c), [], []), country);
}
