using Briefings.Content;

namespace Briefings.Linking;

/// <summary>
/// Backlinks computed once: what covers each entity (newest first), notes about each article, related articles,
/// and which entities are covered together.
/// </summary>
internal sealed class CoverageIndex
{
    public const int RelatedCount = 5;

    private readonly Dictionary<DatedItem, EntityKey[]> _entities = new(ReferenceEqualityComparer.Instance);

    public CoverageIndex(IReadOnlyList<DatedItem> items, int relatedBudget = RelatedArticles.CandidateBudget)
    {
        RelatedBudget = relatedBudget;
        var byEntity = new Dictionary<EntityKey, List<DatedItem>>();
        foreach (var item in items)
        {
            var keys = _entities[item] = [.. EntitiesOf(item)];
            foreach (var key in keys)
            {
                (byEntity.TryGetValue(key, out var list) ? list : byEntity[key] = []).Add(item);
            }
        }

        foreach (var list in byEntity.Values)
        {
            list.Sort(NewestFirst);
        }

        Items = byEntity.ToDictionary(p => p.Key, p => (IReadOnlyList<DatedItem>)p.Value);
        NotesAbout = items.OfType<Note>()
            .SelectMany(n => n.About.Select(a => (Article: a.Slug, Note: n)))
            .GroupBy(x => x.Article, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Note>)[.. g.Select(x => x.Note).Distinct(ReferenceEqualityComparer.Instance).Cast<Note>().Order(Comparer<Note>.Create(NewestFirst))]);
        Related = RelatedArticles.Compute(items.OfType<Article>().ToList(), Items, KeysOf, relatedBudget);
    }

    /// <summary>An index made of parts already computed: serve's incremental rebuilds patch the previous index.</summary>
    internal CoverageIndex(
        Dictionary<DatedItem, EntityKey[]> entities,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> items,
        IReadOnlyDictionary<string, IReadOnlyList<Note>> notesAbout,
        IReadOnlyDictionary<string, IReadOnlyList<Article>> related,
        int relatedBudget)
    {
        RelatedBudget = relatedBudget;
        _entities = entities;
        Items = items;
        NotesAbout = notesAbout;
        Related = related;
    }

    /// <summary>How many coverage entries an article reads for related-article candidates (<see cref="RelatedArticles"/>).</summary>
    public int RelatedBudget { get; }

    /// <summary>The entity keys of every item, as <see cref="KeysOf"/> gives them.</summary>
    internal IReadOnlyDictionary<DatedItem, EntityKey[]> Entities => _entities;

    public IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> Items { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Note>> NotesAbout { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Article>> Related { get; }

    /// <summary>The entities an item references (its tags, and a meeting's host), each once.</summary>
    public static IEnumerable<EntityKey> EntitiesOf(DatedItem item)
    {
        // Usually a handful of tags: a list searched in order keeps the first of each; a set only for long lists.
        var refs = item.Refs;
        var count = refs.Countries.Count + refs.Groups.Count + refs.Meetings.Count + refs.People.Count + refs.Topics.Count + 1;
        var keys = new List<EntityKey>(count);
        var seen = count > 32 ? new HashSet<EntityKey>(count) : null;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<Ref>>)[refs.Countries, refs.Groups, refs.Meetings, refs.People, refs.Topics])
        {
            foreach (var r in list)
            {
                AddOnce(keys, seen, new EntityKey(r.Kind, r.Slug));
            }
        }

        if (item is Meeting { Host: { } host })
        {
            AddOnce(keys, seen, new EntityKey(ContentKind.Country, host.Slug));
        }

        return keys;
    }

    private static void AddOnce(List<EntityKey> keys, HashSet<EntityKey>? seen, EntityKey key)
    {
        if (seen?.Add(key) ?? !keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    /// <summary><see cref="EntitiesOf"/>, computed once per item of this index.</summary>
    public IReadOnlyList<EntityKey> KeysOf(DatedItem item) => _entities.TryGetValue(item, out var keys) ? keys : [.. EntitiesOf(item)];

    public IReadOnlyList<CoMention> CoMentions(EntityKey key, int max)
    {
        if (!Items.TryGetValue(key, out var items))
        {
            return [];
        }

        var counts = new Dictionary<EntityKey, int>();
        foreach (var item in items)
        {
            foreach (var other in KeysOf(item))
            {
                if (other != key)
                {
                    counts[other] = counts.GetValueOrDefault(other) + 1;
                }
            }
        }

        return [.. counts
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key.Kind)
            .ThenBy(p => p.Key.Slug, StringComparer.Ordinal)
            .Take(max)
            .Select(p => new CoMention(p.Key, p.Value))];
    }

    /// <summary>Newest first; ties broken by kind, title and slug so the order never depends on input order.</summary>
    public static int NewestFirst(DatedItem? a, DatedItem? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var byDate = b.Date.CompareTo(a.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
