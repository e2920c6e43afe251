using Briefings.Content;

namespace Briefings.Linking;

/// <summary>
/// Related articles: those sharing the most entities, where a shared rare entity (a meeting, a person) counts for
/// more than a shared common one (a much-covered country).
/// </summary>
/// <remarks>
/// The work is the sum, over articles, of the sizes of their entities' coverage lists, which grows with the square
/// of a very common country's coverage. So the inner loop only adds to an array slot per article (no hashing), and
/// only the best <see cref="CoverageIndex.RelatedCount"/> candidates are kept, never a sort of all of them. Scores
/// are summed in the same order as a plain loop over the entities, so ties and results do not depend on threads.
/// </remarks>
internal static class RelatedArticles
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(
        IReadOnlyList<Article> articles,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        Func<DatedItem, IReadOnlyList<EntityKey>> entitiesOf)
    {
        var index = new Dictionary<Article, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            index[articles[i]] = i;
        }

        var buckets = new Dictionary<EntityKey, Bucket>();
        var entities = new Bucket[articles.Count][];
        for (var i = 0; i < articles.Count; i++)
        {
            entities[i] = [.. entitiesOf(articles[i]).Select(key => BucketOf(key, coverage, index, buckets))];
        }

        var rank = NewestFirstRanks(articles);
        var result = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, () => new Scratch(articles.Count), (i, _, scratch) =>
        {
            result[i] = Best(i, entities[i], articles, rank, scratch);
            return scratch;
        }, _ => { });

        var related = new Dictionary<string, IReadOnlyList<Article>>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            related[articles[i].Slug] = result[i];
        }

        return related;
    }

    private static Article[] Best(int self, Bucket[] entities, IReadOnlyList<Article> articles, int[] rank, Scratch scratch)
    {
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        var touchedCount = 0;
        foreach (var bucket in entities)
        {
            // Branch-free: the article itself is scored too (and skipped below); a slot is touched when first scored.
            var weight = bucket.Weight;
            foreach (var other in bucket.Articles)
            {
                touched[touchedCount] = other;
                touchedCount += scores[other] == 0 ? 1 : 0;
                scores[other] += weight;
            }
        }

        // The best so far, best first: a candidate goes in before every kept one it beats, the last one dropping out.
        Span<int> best = stackalloc int[CoverageIndex.RelatedCount];
        var count = 0;
        foreach (var candidate in touched.AsSpan(0, touchedCount))
        {
            if (candidate == self)
            {
                continue;
            }

            var at = count;
            while (at > 0 && Before(candidate, best[at - 1], scores, rank))
            {
                at--;
            }

            if (at < best.Length)
            {
                for (var j = Math.Min(count, best.Length - 1); j > at; j--)
                {
                    best[j] = best[j - 1];
                }

                best[at] = candidate;
                count = Math.Min(count + 1, best.Length);
            }
        }

        foreach (var other in touched.AsSpan(0, touchedCount))
        {
            scores[other] = 0;
        }

        var related = new Article[count];
        for (var i = 0; i < count; i++)
        {
            related[i] = articles[best[i]];
        }

        return related;
    }

    /// <summary>Higher score first; equal scores newest first (<see cref="CoverageIndex.NewestFirst"/>, by rank).</summary>
    private static bool Before(int a, int b, double[] scores, int[] rank) =>
        scores[a] > scores[b] || (scores[a] == scores[b] && rank[a] < rank[b]);

    /// <summary>
    /// Each article's place in <see cref="CoverageIndex.NewestFirst"/> order, equal articles sharing one, so comparing
    /// ranks answers what comparing the articles would, with no dates or strings compared in the inner loop.
    /// </summary>
    private static int[] NewestFirstRanks(IReadOnlyList<Article> articles)
    {
        var order = new int[articles.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => CoverageIndex.NewestFirst(articles[a], articles[b]));
        var rank = new int[articles.Count];
        for (var i = 1; i < order.Length; i++)
        {
            var same = CoverageIndex.NewestFirst(articles[order[i - 1]], articles[order[i]]) == 0;
            rank[order[i]] = same ? rank[order[i - 1]] : i;
        }

        return rank;
    }

    private static Bucket BucketOf(
        EntityKey key, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<Article, int> index, Dictionary<EntityKey, Bucket> buckets)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            var members = coverage[key];
            var inBucket = new List<int>(members.Count);
            foreach (var member in members)
            {
                if (member is Article a && index.TryGetValue(a, out var i))
                {
                    inBucket.Add(i);
                }
            }

            bucket = buckets[key] = new Bucket([.. inBucket], Weight(key, members.Count));
        }

        return bucket;
    }

    /// <summary>What sharing <paramref name="key"/>, covered by <paramref name="coverage"/> items, is worth: rarer is more.</summary>
    internal static double Weight(EntityKey key, int coverage) => ContentKinds.Of(key.Kind).RelatedWeight / Math.Log2(1 + coverage);

    /// <summary>The articles covering one entity (as indexes) and what sharing it is worth.</summary>
    private sealed record Bucket(int[] Articles, double Weight);

    /// <summary>Per-thread: a score slot per article and which slots are in use (each article at most once).</summary>
    private sealed class Scratch(int count)
    {
        public double[] Scores { get; } = new double[count];

        /// <summary>One spare slot: the branch-free scoring loop writes one past the last touched slot.</summary>
        public int[] Touched { get; } = new int[count + 1];
    }
}
