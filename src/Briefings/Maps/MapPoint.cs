using Briefings.Countries;

namespace Briefings.Maps;

/// <summary>How exactly a point's place is known, and so how it is drawn.</summary>
public enum MapPrecision
{
    /// <summary>The place itself: a dot.</summary>
    Exact,

    /// <summary>Near the coordinates: a ring.</summary>
    Near,

    /// <summary>Somewhere in the region around the coordinates: a ring.</summary>
    Region,

    /// <summary>Only the country is known: the country is shaded.</summary>
    Country,
}

/// <summary>
/// Something that happened somewhere (an event), drawn on a map by <see cref="MapRenderer"/> and listed in the map's
/// text equivalent as a link. A <see cref="MapPrecision.Country"/> point shades <paramref name="Country"/> when given,
/// else the country whose shape holds the coordinates.
/// </summary>
public sealed record MapPoint(double Latitude, double Longitude, MapPrecision Precision, string Label, string Href, Country? Country = null);

/// <summary>A country shaded on a choropleth by <paramref name="Value"/> (items that mention it), linked to its page.</summary>
public sealed record MapShade(Country Country, int Value, string Href);
