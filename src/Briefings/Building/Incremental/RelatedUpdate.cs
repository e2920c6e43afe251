using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Building.Incremental;

/// <summary>
/// Related articles after one article changed, recomputing only the articles whose list can differ. Scores are those
/// of <c>RelatedArticles</c>: per shared entity, its kind's weight over log2(1 + its coverage), summed in the order of
/// the scoring article's entities (so the same doubles); ties newest first. When the changed article kept its entities
/// (in order), every score is as it was and only lists that held it, or whose last place it could now take, are redone;
/// otherwise every article sharing an entity with its old or new self is.
/// </summary>
internal static class RelatedUpdate
{
    public static Dictionary<string, IReadOnlyList<Article>> Apply(
        IReadOnlyDictionary<string, IReadOnlyList<Article>> related,
        CoverageIndex oldCoverage,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        DatedItem before,
        DatedItem after)
    {
        var result = new Dictionary<string, IReadOnlyList<Article>>(related, StringComparer.Ordinal);
        var oldKeys = oldCoverage.KeysOf(before);
        var newKeys = keys[after];
        var sameKeys = oldKeys.SequenceEqual(newKeys);
        if (sameKeys && CoverageIndex.NewestFirst(before, after) == 0 && before.Kind == after.Kind)
        {
            // Same entities, same place in every order (date, title, slug): every list is as it was, with the new object.
            Swap(result, before, after, oldKeys.SelectMany(k => coverage.GetValueOrDefault(k) ?? []).OfType<Article>());
            if (after is Article same && related.TryGetValue(same.Slug, out var own))
            {
                result[same.Slug] = own;
            }

            return result;
        }
        var candidates = oldKeys.Concat(newKeys).Distinct()
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
            if (!sameKeys || list.Any(r => ReferenceEquals(r, before)) || (after is Article && Reaches(keys[a], list, newKeys, keys, coverage, weights)))
            {
                redo.Add(a);
            }
        }

        var lists = new IReadOnlyList<Article>[redo.Count];
        Parallel.For(0, redo.Count, i => lists[i] = Best(redo[i], keys[redo[i]], coverage));
        for (var i = 0; i < redo.Count; i++)
        {
            result[redo[i].Slug] = lists[i];
        }

        return result;
    }

    private static void Swap(Dictionary<string, IReadOnlyList<Article>> result, DatedItem before, DatedItem after, IEnumerable<Article> sharing)
    {
        if (before is not Article old || after is not Article now)
        {
            return;
        }

        foreach (var a in sharing)
        {
            if (result.GetValueOrDefault(a.Slug) is { } list && list.Any(r => ReferenceEquals(r, old)))
            {
                result[a.Slug] = [.. list.Select(r => ReferenceEquals(r, old) ? now : r)];
            }
        }
    }

    /// <summary>Whether the changed article scores, for an article with these entities, at least as much as the last of its list.</summary>
    private static bool Reaches(
        EntityKey[] of, IReadOnlyList<Article> list, EntityKey[] changed, IReadOnlyDictionary<DatedItem, EntityKey[]> keys,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, double> weights) =>
        list.Count < CoverageIndex.RelatedCount || Score(of, changed, coverage, weights) >= Score(of, keys[list[^1]], coverage, weights);

    /// <summary>What sharing <paramref name="with"/>'s entities is worth to an article with entities <paramref name="of"/>, summed in its order.</summary>
    private static double Score(EntityKey[] of, EntityKey[] with, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<EntityKey, double> weights)
    {
        var score = 0.0;
        foreach (var key in of)
        {
            if (Array.IndexOf(with, key) >= 0)
            {
                score += weights.TryGetValue(key, out var weight) ? weight : weights[key] = Weight(key, coverage[key].Count);
            }
        }

        return score;
    }

    private static Article[] Best(Article self, EntityKey[] entities, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage)
    {
        var scores = new Dictionary<Article, double>(ReferenceEqualityComparer.Instance);
        foreach (var key in entities)
        {
            var members = coverage[key];
            var weight = Weight(key, members.Count);
            foreach (var member in members)
            {
                if (member is Article other && !ReferenceEquals(other, self))
                {
                    scores[other] = scores.GetValueOrDefault(other) + weight;
                }
            }
        }

        var best = new List<Article>(CoverageIndex.RelatedCount + 1);
        foreach (var (candidate, _) in scores)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1], scores))
            {
                at--;
            }

            if (at < CoverageIndex.RelatedCount)
            {
                best.Insert(at, candidate);
                if (best.Count > CoverageIndex.RelatedCount)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }

        return [.. best];
    }

    private static bool Before(Article a, Article b, Dictionary<Article, double> scores) =>
        scores[a] > scores[b] || (scores[a] == scores[b] && CoverageIndex.NewestFirst(a, b) < 0);

    private static double Weight(EntityKey key, int coverage) => KindWeight(key.Kind) / Math.Log2(1 + coverage);

    private static double KindWeight(ContentKind kind) => kind switch
    {
        ContentKind.Meeting => 3,
        ContentKind.Person or ContentKind.Group => 2,
        _ => 1,
    };
}
