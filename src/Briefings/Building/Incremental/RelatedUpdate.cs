using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Building.Incremental;

/// <summary>
/// Related articles after one article changed, recomputing only the articles whose list can differ. Lists are those of
/// <c>RelatedArticles</c>: per shared entity, its kind's weight over log2(1 + its coverage), summed in the order of the
/// scoring article's entities (so the same doubles); ties newest first; candidates only from the first entries of each
/// entity's coverage (newest first) that the article reads (<see cref="RelatedArticles.Takes"/>). When the changed item
/// kept its entities (in order), every score is as it was and so is how many entries each article reads: only lists
/// that held it, or whose last place it could now take, are redone, and those of articles whose read entries it moved
/// into or out of; otherwise every article sharing an entity with its old or new self is.
/// </summary>
internal static class RelatedUpdate
{
    public static RelatedLists Apply(
        IReadOnlyDictionary<string, IReadOnlyList<Article>> related,
        CoverageIndex oldCoverage,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        DatedItem before,
        DatedItem after)
    {
        var budget = oldCoverage.RelatedBudget;
        var result = new RelatedLists(related);
        var oldKeys = oldCoverage.KeysOf(before);
        var newKeys = keys[after];
        var sameKeys = oldKeys.SequenceEqual(newKeys);
        if (sameKeys && CoverageIndex.NewestFirst(before, after) == 0 && before.Kind == after.Kind)
        {
            // Same entities, same place in every order (date, title, slug): every list is as it was, with the new object.
            // Only articles that read it can hold it: those covering an entity in whose list it is among the first read.
            var read = Moved(newKeys, oldCoverage.Items, coverage, before, after).Where(m => m.Value.New < budget).Select(m => m.Key);
            Swap(result, before, after, read.SelectMany(k => coverage.GetValueOrDefault(k) ?? []).OfType<Article>());
            if (after is Article same && related.TryGetValue(same.Slug, out var own))
            {
                result[same.Slug] = own;
            }

            return result;
        }

        if (sameKeys && before is Article oldArticle && after is Article newArticle)
        {
            return Reordered(result, related, newKeys, oldCoverage.Items, coverage, keys, oldArticle, newArticle, budget);
        }

        var moved = sameKeys ? Moved(newKeys, oldCoverage.Items, coverage, before, after) : null;

        // With the same entities, only articles covering one in whose list it was or is among the first read can change.
        var candidates = (moved is null ? oldKeys.Concat(newKeys).Distinct() : moved.Where(m => Math.Min(m.Value.Old, m.Value.New) < budget).Select(m => m.Key))
            .SelectMany(k => coverage.GetValueOrDefault(k) ?? []).Concat(oldKeys.SelectMany(k => oldCoverage.Items.GetValueOrDefault(k) ?? []))
            .OfType<Article>().Where(a => a.Slug != after.Slug).Distinct(ReferenceEqualityComparer.Instance).Cast<Article>().ToList();
        var redo = new List<Article>();
        if (after is Article self && (!sameKeys || !ReferenceEquals(before, after)))
        {
            redo.Add(self);
        }

        var weights = new Dictionary<EntityKey, double>();
        foreach (var a in candidates)
        {
            var list = related.GetValueOrDefault(a.Slug) ?? [];
            if (!sameKeys || list.Any(r => ReferenceEquals(r, before)) || (after is Article && Reaches(keys[a], list, newKeys, keys, coverage, weights))
                || Crosses(keys[a], coverage, moved!, budget, out _, out _))
            {
                redo.Add(a);
            }
        }

        var lists = new IReadOnlyList<Article>[redo.Count];
        Parallel.For(0, redo.Count, i => lists[i] = RelatedArticles.For(redo[i], keys[redo[i]], coverage, item => keys[item], budget));
        for (var i = 0; i < redo.Count; i++)
        {
            result[redo[i].Slug] = lists[i];
        }

        return result;
    }

    /// <summary>
    /// The article kept its entities but moved among equal scores (a new title or date): every score is as it was, so
    /// a list that held it is re-sorted, a list whose last place it now wins takes it, and only a list where it sat
    /// at the tie on the last place is recomputed (an article left out might now come first). An article whose read
    /// entries of a coverage list it moved into or out of is recomputed; one that reads it in none is as it was.
    /// </summary>
    private static RelatedLists Reordered(
        RelatedLists result,
        IReadOnlyDictionary<string, IReadOnlyList<Article>> related,
        EntityKey[] entities,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> oldCoverage,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        Article before,
        Article after,
        int budget)
    {
        var weights = new Dictionary<EntityKey, double>();
        var moved = Moved(entities, oldCoverage, coverage, before, after);
        var redo = new List<Article>();
        var near = moved.Where(m => Math.Min(m.Value.Old, m.Value.New) < budget).Select(m => m.Key).ToArray();
        foreach (var a in Sharing(near, coverage, after))
        {
            var of = keys[a];
            if (Crosses(of, coverage, moved, budget, out var read, out var whole))
            {
                redo.Add(a);
                continue;
            }

            if (!read)
            {
                continue;
            }

            var list = related.GetValueOrDefault(a.Slug) ?? [];
            var score = Score(of, entities, coverage, weights, whole);
            var held = Index(list, before);
            var last = list.Count == 0 ? 0 : ReferenceEquals(list[^1], before) ? score : Score(of, keys[list[^1]], coverage, weights, whole);
            if (held >= 0 && (list.Count < CoverageIndex.RelatedCount || score > last))
            {
                result[a.Slug] = Sorted([.. list.Select(r => ReferenceEquals(r, before) ? after : r)], of, keys, coverage, weights, whole);
            }
            else if (held >= 0 || list.Count < CoverageIndex.RelatedCount)
            {
                redo.Add(a);
            }
            else if (score == last && CoverageIndex.NewestFirst(after, list[^1]) < 0)
            {
                result[a.Slug] = Sorted([.. list, after], of, keys, coverage, weights, whole)[..CoverageIndex.RelatedCount];
            }
        }

        var lists = new IReadOnlyList<Article>[redo.Count];
        Parallel.For(0, redo.Count, i => lists[i] = RelatedArticles.For(redo[i], keys[redo[i]], coverage, item => keys[item], budget));
        for (var i = 0; i < redo.Count; i++)
        {
            result[redo[i].Slug] = lists[i];
        }

        return result;
    }

    /// <summary>Where a changed item was and is in the coverage list of each of its entities (same entities before and after).</summary>
    private static Dictionary<EntityKey, (int Old, int New)> Moved(
        EntityKey[] entities, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> oldCoverage,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, DatedItem before, DatedItem after)
    {
        var moved = new Dictionary<EntityKey, (int Old, int New)>();
        foreach (var key in entities)
        {
            moved[key] = (IndexOf(oldCoverage[key], before), IndexOf(coverage[key], after));
        }

        return moved;

        static int IndexOf(IReadOnlyList<DatedItem> list, DatedItem item)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i], item))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// Whether an article with entities <paramref name="of"/> reads other entries than before from a coverage list the
    /// changed item moved in (it moved into or out of the entries read); <paramref name="read"/>: whether it reads the
    /// changed item now.
    /// </summary>
    private static bool Crosses(
        EntityKey[] of, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, (int Old, int New)> moved, int budget,
        out bool read, out bool whole)
    {
        read = false;
        Span<int> sizes = of.Length <= 64 ? stackalloc int[of.Length] : new int[of.Length];
        Span<double> weights = of.Length <= 64 ? stackalloc double[of.Length] : new double[of.Length];
        Span<int> takes = of.Length <= 64 ? stackalloc int[of.Length] : new int[of.Length];
        for (var k = 0; k < of.Length; k++)
        {
            sizes[k] = coverage[of[k]].Count;
            weights[k] = RelatedArticles.Weight(of[k], sizes[k]);
        }

        RelatedArticles.Takes(sizes, weights, budget, takes);
        whole = takes.SequenceEqual(sizes);
        for (var k = 0; k < of.Length; k++)
        {
            if (moved.TryGetValue(of[k], out var at))
            {
                if (at.Old < takes[k] != at.New < takes[k])
                {
                    return true;
                }

                read |= at.New < takes[k];
            }
        }

        return false;
    }

    /// <summary>Every article other than <paramref name="self"/> that shares one of these entities, each once.</summary>
    private static HashSet<Article> Sharing(EntityKey[] entities, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Article self)
    {
        var sharing = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        foreach (var key in entities)
        {
            foreach (var item in coverage.GetValueOrDefault(key) ?? [])
            {
                if (item is Article a && !ReferenceEquals(a, self) && a.Slug != self.Slug)
                {
                    sharing.Add(a);
                }
            }
        }

        return sharing;
    }

    private static int Index(IReadOnlyList<Article> list, Article article)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], article))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A related list in its order: by score for an article with entities <paramref name="of"/>, ties newest first.</summary>
    private static Article[] Sorted(
        Article[] list, EntityKey[] of, IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, double> weights, bool whole)
    {
        var scores = new Dictionary<Article, double>(ReferenceEqualityComparer.Instance);
        foreach (var a in list)
        {
            scores[a] = Score(of, keys[a], coverage, weights, whole);
        }

        Array.Sort(list, (a, b) => Order(a, b, scores));
        return list;
    }

    private static void Swap(RelatedLists result, DatedItem before, DatedItem after, IEnumerable<Article> sharing)
    {
        if (before is not Article old || after is not Article now)
        {
            return;
        }

        foreach (var a in sharing)
        {
            if (result[a.Slug] is { } list && list.Any(r => ReferenceEquals(r, old)))
            {
                result[a.Slug] = [.. list.Select(r => ReferenceEquals(r, old) ? now : r)];
            }
        }
    }

    /// <summary>Whether the changed article scores, for an article with these entities, at least as much as the last of its list.</summary>
    private static bool Reaches(
        EntityKey[] of, IReadOnlyList<Article> list, EntityKey[] changed, IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, double> weights) =>
        list.Count < CoverageIndex.RelatedCount || Score(of, changed, coverage, weights, true) >= Score(of, keys[list[^1]], coverage, weights, true);

    /// <summary>
    /// What sharing <paramref name="with"/>'s entities is worth to an article with entities <paramref name="of"/>, as
    /// <see cref="RelatedArticles.Score"/> counts it (<paramref name="whole"/>: that article reads every list whole).
    /// </summary>
    private static double Score(
        EntityKey[] of, EntityKey[] with, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, double> weights, bool whole)
    {
        var mine = new double[of.Length];
        for (var k = 0; k < of.Length; k++)
        {
            mine[k] = weights.TryGetValue(of[k], out var weight) ? weight : weights[of[k]] = RelatedArticles.Weight(of[k], coverage[of[k]].Count);
        }

        return RelatedArticles.Score(of, mine, with, whole);
    }

    /// <summary>The order of a related list: higher score first, equal scores newest first.</summary>
    private static int Order(Article a, Article b, Dictionary<Article, double> scores) =>
        scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : CoverageIndex.NewestFirst(a, b);
}

/// <summary>The related lists as an update leaves them: the previous ones with some replaced, and the articles whose were.</summary>
internal sealed class RelatedLists(IReadOnlyDictionary<string, IReadOnlyList<Article>> previous)
{
    public Dictionary<string, IReadOnlyList<Article>> Lists { get; } = new(previous, StringComparer.Ordinal);

    /// <summary>The slugs of the articles whose list was replaced (it may have come out the same).</summary>
    public HashSet<string> Replaced { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Article>? this[string slug]
    {
        get => Lists.GetValueOrDefault(slug);
        set
        {
            Lists[slug] = value ?? [];
            Replaced.Add(slug);
        }
    }
}
