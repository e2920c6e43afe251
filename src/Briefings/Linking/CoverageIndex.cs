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

    /// <summary>Every entity numbered, and each item's entities as numbers: co-mentions are counted in an array (made when first asked for).</summary>
    private readonly Lazy<Numbering> _numbering;

    public CoverageIndex(IReadOnlyList<DatedItem> items, int relatedBudget = RelatedArticles.CandidateBudget)
    {
        RelatedBudget = relatedBudget;
        _numbering = new(() => Numbering.Of(_entities));
        var keysOf = new EntityKey[items.Count][];
        _entities.EnsureCapacity(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            keysOf[i] = _entities[items[i]] = EntitiesOf(items[i]);
        }

        // Items added newest first, so every list is in order: one sort of all the items, not a sort of each list (whose
        // comparisons, at 100,000 articles, read items spread over the whole heap). Entities are numbered as they come,
        // and each item's entities kept as numbers, for related articles.
        var ranks = new int[items.Count];
        var order = NewestFirstOrder(items, ranks);
        // Numbered and counted first, so each list is made at its size: grown by doubling, a much-covered country's
        // list of tens of thousands went through as many bytes again in copies.
        var ids = new Dictionary<EntityKey, int>();
        var counts = new List<int>();
        var numbers = new int[items.Count][];
        foreach (var i in order)
        {
            var keys = keysOf[i];
            var mine = numbers[i] = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                if (!ids.TryGetValue(keys[k], out mine[k]))
                {
                    mine[k] = ids[keys[k]] = counts.Count;
                    counts.Add(0);
                }

                counts[mine[k]]++;
            }
        }

        var lists = counts.ConvertAll(count => new List<DatedItem>(count));
        var notesAbout = new Dictionary<string, List<Note>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            foreach (var id in numbers[i])
            {
                lists[id].Add(items[i]);
            }

            if (items[i] is Note note)
            {
                foreach (var about in note.About)
                {
                    var notes = notesAbout.TryGetValue(about.Slug, out var list) ? list : notesAbout[about.Slug] = [];
                    if (notes.Count == 0 || !ReferenceEquals(notes[^1], note))
                    {
                        notes.Add(note);
                    }
                }
            }
        }

        Items = ids.ToDictionary(p => p.Key, p => (IReadOnlyList<DatedItem>)lists[p.Value]);
        NotesAbout = notesAbout.ToDictionary(p => p.Key, p => (IReadOnlyList<Note>)p.Value, StringComparer.Ordinal);
        var weights = new double[ids.Count];
        foreach (var (key, id) in ids)
        {
            weights[id] = RelatedArticles.Weight(key, lists[id].Count);
        }

        Related = RelatedArticles.Compute(items, order, ranks, numbers, weights, relatedBudget);
    }

    /// <summary>An index made of parts already computed: serve's incremental rebuilds patch the previous index.</summary>
    internal CoverageIndex(
        Dictionary<DatedItem, EntityKey[]> entities,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> items,
        IReadOnlyDictionary<string, IReadOnlyList<Note>> notesAbout,
        IReadOnlyDictionary<string, IReadOnlyList<Article>> related,
        int relatedBudget,
        CoverageIndex? previous = null,
        (DatedItem Before, DatedItem After)? change = null)
    {
        RelatedBudget = relatedBudget;
        _entities = entities;

        // After an edit, the previous numbering with the edited item's entities renumbered, if it was made (serve).
        _numbering = previous is { _numbering.IsValueCreated: true } && change is var (before, after)
            ? new(previous._numbering.Value.Replace(before, after, entities[after]))
            : new(() => Numbering.Of(_entities));

        // An item counts towards the co-mentions of the entities it covers: those it covered and covers are counted
        // again, the rest are as they were (all of them when it kept its entities).
        if (previous is not null && change is var (was, now))
        {
            var touched = previous.KeysOf(was).Concat(entities[now]).ToHashSet();
            _coMentions = previous.KeysOf(was).SequenceEqual(entities[now])
                ? previous._coMentions
                : new(previous._coMentions.Where(p => !touched.Contains(p.Key.Key)));
        }
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

    /// <summary>For an index patched from another (serve), the articles whose related list the patch replaced; null when computed whole.</summary>
    internal IReadOnlySet<string>? RelatedReplaced { get; init; }

    /// <summary>The entities an item references (its tags, and a meeting's host), each once.</summary>
    public static EntityKey[] EntitiesOf(DatedItem item)
    {
        // Usually a handful of tags: the array searched in order keeps the first of each; a set only for long lists.
        // Written into an array of the most there can be, cut only when some were the same.
        var refs = item.Refs;
        var host = item is Meeting { Host: { } h } ? h : null;
        var count = refs.Countries.Count + refs.Groups.Count + refs.Meetings.Count + refs.People.Count + refs.Topics.Count + (host is null ? 0 : 1);
        var keys = new EntityKey[count];
        var kept = 0;
        var seen = count > 32 ? new HashSet<EntityKey>(count) : null;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<Ref>>)[refs.Countries, refs.Groups, refs.Meetings, refs.People, refs.Topics])
        {
            foreach (var r in list)
            {
                kept = AddOnce(keys, kept, seen, new EntityKey(r.Kind, r.Slug));
            }
        }

        if (host is not null)
        {
            kept = AddOnce(keys, kept, seen, new EntityKey(ContentKind.Country, host.Slug));
        }

        return kept == keys.Length ? keys : keys[..kept];
    }

    private static int AddOnce(EntityKey[] keys, int kept, HashSet<EntityKey>? seen, EntityKey key)
    {
        if (seen?.Add(key) ?? Array.IndexOf(keys, key, 0, kept) < 0)
        {
            keys[kept++] = key;
        }

        return kept;
    }

    /// <summary><see cref="EntitiesOf"/>, computed once per item of this index.</summary>
    public IReadOnlyList<EntityKey> KeysOf(DatedItem item) => _entities.TryGetValue(item, out var keys) ? keys : EntitiesOf(item);

    /// <summary>The entities most often covered together with <paramref name="key"/> (at most <paramref name="max"/>), most first; counted once per index.</summary>
    public IReadOnlyList<CoMention> CoMentions(EntityKey key, int max) =>
        _coMentions.GetOrAdd((key, max), static (k, index) => index.CountCoMentions(k.Key, k.Max), this);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(EntityKey Key, int Max), IReadOnlyList<CoMention>> _coMentions = new();

    private IReadOnlyList<CoMention> CountCoMentions(EntityKey key, int max)
    {
        if (!Items.TryGetValue(key, out var items))
        {
            return [];
        }

        var numbering = _numbering.Value;
        if (!numbering.Ids.TryGetValue(key, out var self))
        {
            return [];
        }

        var counts = new int[numbering.Keys.Length];
        var found = new List<int>();
        foreach (var item in items)
        {
            foreach (var other in numbering.ItemIds[item])
            {
                if (other != self && counts[other]++ == 0)
                {
                    found.Add(other);
                }
            }
        }

        return [.. found
            .Select(id => new CoMention(numbering.Keys[id], counts[id]))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Entity.Kind)
            .ThenBy(c => c.Entity.Slug, StringComparer.Ordinal)
            .Take(max)];
    }

    private sealed record Numbering(Dictionary<EntityKey, int> Ids, EntityKey[] Keys, Dictionary<DatedItem, int[]> ItemIds)
    {
        public static Numbering Of(Dictionary<DatedItem, EntityKey[]> entities)
        {
            var ids = new Dictionary<EntityKey, int>();
            var keys = new List<EntityKey>();
            var itemIds = new Dictionary<DatedItem, int[]>(entities.Count, ReferenceEqualityComparer.Instance);
            foreach (var (item, itemKeys) in entities)
            {
                var numbers = new int[itemKeys.Length];
                for (var i = 0; i < itemKeys.Length; i++)
                {
                    if (!ids.TryGetValue(itemKeys[i], out numbers[i]))
                    {
                        numbers[i] = ids[itemKeys[i]] = keys.Count;
                        keys.Add(itemKeys[i]);
                    }
                }

                itemIds[item] = numbers;
            }

            return new Numbering(ids, [.. keys], itemIds);
        }

        /// <summary>This numbering with <paramref name="before"/> replaced by <paramref name="after"/> (entities <paramref name="keys"/>); new entities are numbered after the others.</summary>
        public Numbering Replace(DatedItem before, DatedItem after, EntityKey[] keys)
        {
            var ids = Ids;
            var all = Keys;
            var numbers = new int[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                if (!ids.TryGetValue(keys[i], out numbers[i]))
                {
                    if (ReferenceEquals(ids, Ids))
                    {
                        ids = new Dictionary<EntityKey, int>(Ids);
                    }

                    numbers[i] = ids[keys[i]] = all.Length;
                    all = [.. all, keys[i]];
                }
            }

            var itemIds = new Dictionary<DatedItem, int[]>(ItemIds, ReferenceEqualityComparer.Instance);
            itemIds.Remove(before);
            itemIds[after] = numbers;
            return new Numbering(ids, all, itemIds);
        }
    }

    /// <summary>
    /// The places of <paramref name="items"/> in <see cref="NewestFirst"/> order. Each item's date, kind, title and slug
    /// are read once, into an array that is sorted: dates and kinds are compared there, titles and slugs only on a tie.
    /// With <paramref name="ranks"/>, each item's place in that order too, items that compare equal sharing one.
    /// </summary>
    internal static int[] NewestFirstOrder<T>(IReadOnlyList<T> items, int[]? ranks = null)
        where T : DatedItem
    {
        var keys = new OrderKey[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = OrderKey.Of(items[i], i);
        }

        keys.AsSpan().Sort(default(OrderKey.Comparer));
        if (ranks is not null)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var same = i > 0 && OrderKey.Comparer.Order(keys[i - 1], keys[i]) == 0;
                ranks[keys[i].Index] = same ? ranks[keys[i - 1].Index] : i;
            }
        }

        return Array.ConvertAll(keys, k => k.Index);
    }

    /// <summary>What <see cref="NewestFirst"/> compares, and the item's place (the last tie-break, for a stable result).</summary>
    private readonly record struct OrderKey(int Date, int Kind, string Title, string Slug, int Index)
    {
        public static OrderKey Of(DatedItem item, int index) => new(item.Date.SortKey, (int)item.Kind, item.Title, item.Slug, index);

        public readonly struct Comparer : IComparer<OrderKey>
        {
            public int Compare(OrderKey a, OrderKey b)
            {
                var order = Order(a, b);
                return order != 0 ? order : a.Index.CompareTo(b.Index);
            }

            /// <summary>Newest first: later date first, then kind, title and slug (<see cref="NewestFirst"/> compares records by this).</summary>
            public static int Order(in OrderKey a, in OrderKey b)
            {
                if (a.Date != b.Date)
                {
                    return b.Date.CompareTo(a.Date);
                }

                if (a.Kind != b.Kind)
                {
                    return a.Kind.CompareTo(b.Kind);
                }

                var byTitle = string.CompareOrdinal(a.Title, b.Title);
                return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Slug, b.Slug);
            }
        }
    }

    /// <summary>Newest first; ties broken by kind, title and slug so the order never depends on input order.</summary>
    public static int NewestFirst(DatedItem? a, DatedItem? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        return OrderKey.Comparer.Order(OrderKey.Of(a, 0), OrderKey.Of(b, 0));
    }
}
