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

    /// <summary>The country highlighted among its neighbours; null for the few the map data has no shape for (Tuvalu, Gibraltar).</summary>
    public static MapModel? Locator(Country country) =>
        Locators.GetOrAdd(country.Slug, static (_, c) => WorldShapes.Default.Of(c) is null
            ? null
            : MapRenderer.Render("locator-map", $"Where {c.Name} is", MapRegion.Around(c), [], []), country);
}
