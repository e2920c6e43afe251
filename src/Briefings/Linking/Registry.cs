using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>Everything that can be linked to, by kind and slug; reports duplicate slugs.</summary>
internal sealed class Registry
{
    private readonly Dictionary<EntityKey, ContentItem> _items = [];
    private readonly Dictionary<ContentKind, List<string>> _slugs = [];
    private readonly Dictionary<string, string> _countryAliases = new(StringComparer.Ordinal);
    private readonly CountryCatalog _countries;

    public Registry(IEnumerable<ContentItem> items, CountryCatalog countries, DiagnosticBag diagnostics)
    {
        _countries = countries;
        _slugs[ContentKind.Country] = [.. countries.Slugs];
        foreach (var country in countries.All)
        {
            foreach (var alias in country.Aliases.Append(country.Iso2).Append(country.Iso3).Append(country.Name).Concat(country.Demonyms))
            {
                _countryAliases.TryAdd(Slug.FromTitle(alias), country.Slug);
            }
        }

        foreach (var item in items)
        {
            var key = new EntityKey(item.Kind, item.Slug);
            if (item is CountryProfile)
            {
                continue;
            }

            if (_items.TryGetValue(key, out var first))
            {
                ReportTaken(diagnostics, item.Location, key, first.SourcePath);
                continue;
            }

            _items[key] = item;
            (_slugs.TryGetValue(item.Kind, out var list) ? list : _slugs[item.Kind] = []).Add(item.Slug);
        }
    }

    /// <summary>A second file claims <paramref name="key"/>, which <paramref name="firstPath"/> has.</summary>
    public static void ReportTaken(DiagnosticBag diagnostics, SourceLocation at, EntityKey key, string firstPath) =>
        diagnostics.Error(at, DiagnosticCodes.DuplicateSlug,
            $"{key.Kind.Singular()} slug '{key.Slug}' is already used by {firstPath}; slugs are unique within a kind, so rename one file");

    public bool Contains(EntityKey key) =>
        key.Kind == ContentKind.Country ? _countries.Find(key.Slug) is not null : _items.ContainsKey(key);

    public T? Find<T>(ContentKind kind, string slug)
        where T : ContentItem => _items.GetValueOrDefault(new EntityKey(kind, slug)) as T;

    /// <summary>The records of one kind, in the order they were registered.</summary>
    public IEnumerable<ContentItem> Of(ContentKind kind) => _items.Values.Where(i => i.Kind == kind);

    public IEnumerable<string> Slugs(ContentKind kind) => _slugs.GetValueOrDefault(kind) ?? [];

    public string? CountryByAlias(string slug) => _countryAliases.GetValueOrDefault(slug);
}
