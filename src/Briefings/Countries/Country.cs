namespace Briefings.Countries;

/// <summary>A built-in ISO 3166-1 country.</summary>
public sealed record Country(
    string Slug,
    string Name,
    string OfficialName,
    string Iso2,
    string Iso3,
    string Numeric,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Aliases,
    string Region,
    string Subregion)
{
    /// <summary>The flag as a pair of Unicode regional indicator symbols: no image is downloaded.</summary>
    public string Flag => string.Concat(Iso2.Select(c => char.ConvertFromUtf32(0x1F1E6 + (char.ToUpperInvariant(c) - 'A'))));
}
