using Briefings.Countries;

namespace Briefings.Maps;

/// <summary>What a map shows: the world, or one country in its neighbourhood (a locator map).</summary>
public sealed record MapRegion
{
    private MapRegion(Country? country) => Country = country;

    public static MapRegion World { get; } = new((Country?)null);

    /// <summary>The country this map is about, highlighted and zoomed to; null for the world.</summary>
    public Country? Country { get; }

    public static MapRegion Around(Country country) => new(country);
}
