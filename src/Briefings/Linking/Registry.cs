using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>Everything that can be linked to, by kind and slug; reports duplicate slugs.</summary>
internal sealed class Registry
{
    private readonly Dictionary<EntityKey, ContentItem> _items = [];
    private readonly Dictionary<ContentKind, List<string>> _slugs = [];
    private readonly Dictionary<ContentKind, List<ContentItem>> _byKind = [];
    private readonly Dictionary<EntityKey, string> _aliases = [];
    private readonly HashSet<EntityKey> _builtIn = [];

    public Registry(IEnumerable<ContentItem> items, CountryCatalog countries, DiagnosticBag diagnostics)
    {
        _slugs[ContentKind.Country] = [.. countries.Slugs];
        foreach (var country in countries.All)
        {
            _builtIn.Add(new EntityKey(ContentKind.Country, country.Slug));
            foreach (var alias in country.Aliases.Append(country.Iso2).Append(country.Iso3).Append(country.Name).Concat(country.Demonyms))
            {
                _aliases.TryAdd(new EntityKey(ContentKind.Country, Slug.FromTitle(alias)), country.Slug);
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
            (_slugs.TryGetValue(item.Kind, out var slugs) ? slugs : _slugs[item.Kind] = []).Add(item.Slug);
            (_byKind.TryGetValue(item.Kind, out var records) ? records : _byKind[item.Kind] = []).Add(item);
        }
    }

    /// <summary>A second file claims <paramref name="key"/>, which <paramref name="firstPath"/> has.</summary>
    public static void ReportTaken(DiagnosticBag diagnostics, SourceLocation at, EntityKey key, string firstPath) =>
        diagnostics.Error(at, DiagnosticCodes.DuplicateSlug,
            $"{key.Kind.Singular()} slug '{key.Slug}' is already used by {firstPath}; slugs are unique within a kind, so rename one file");

    /// <summary>A record or a built-in entity (a country) has this kind and slug.</summary>
    public bool Contains(EntityKey key) => _builtIn.Contains(key) || _items.ContainsKey(key);

    public T? Find<T>(ContentKind kind, string slug)
        where T : ContentItem => _items.GetValueOrDefault(new EntityKey(kind, slug)) as T;

    /// <summary>The records of one kind, in the order they were registered.</summary>
    public IReadOnlyList<ContentItem> Of(ContentKind kind) => _byKind.GetValueOrDefault(kind) ?? [];

    public IEnumerable<string> Slugs(ContentKind kind) => _slugs.GetValueOrDefault(kind) ?? [];

    /// <summary>The slug of the entity of <paramref name="key"/>'s kind that has <paramref name="key"/>'s slug as another name (<c>usa</c> → <c>united-states</c>).</summary>
    public string? ByAlias(EntityKey key) => _aliases.GetValueOrDefault(key);
}
