using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Countries;

/// <summary>
/// Every ISO 3166-1 country, from the embedded dataset in <c>Countries/Data</c> (mledoze/countries, ODbL-1.0).
/// Loaded once per process; immutable.
/// </summary>
public sealed class CountryCatalog
{
    private static readonly Lazy<CountryCatalog> Instance = new(Load);

    private readonly Dictionary<string, Country> _bySlug;

    private CountryCatalog(IEnumerable<Country> countries) =>
        _bySlug = countries.ToDictionary(c => c.Slug, StringComparer.Ordinal);

    public static CountryCatalog Default => Instance.Value;

    public IEnumerable<Country> All => _bySlug.Values.OrderBy(c => c.Slug, StringComparer.Ordinal);

    public IEnumerable<string> Slugs => _bySlug.Keys;

    public Country? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    private static CountryCatalog Load()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("Briefings.Countries.countries.json")
            ?? throw new InvalidOperationException("the built-in country dataset is missing from the assembly");
        var rows = JsonSerializer.Deserialize(stream, CountryJsonContext.Default.ListCountryRow) ?? [];
        return new CountryCatalog(rows.Select(r => new Country(
            r.Slug, r.Name, r.OfficialName, r.Iso2, r.Iso3, r.Numeric, r.Capitals, r.Demonyms, r.Aliases, r.Region, r.Subregion)));
    }
}

internal sealed record CountryRow(
    string Slug,
    string Name,
    [property: JsonPropertyName("official_name")] string OfficialName,
    string Iso2,
    string Iso3,
    string Numeric,
    List<string> Capitals,
    List<string> Demonyms,
    List<string> Aliases,
    string Region,
    string Subregion);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<CountryRow>))]
internal sealed partial class CountryJsonContext : JsonSerializerContext;
