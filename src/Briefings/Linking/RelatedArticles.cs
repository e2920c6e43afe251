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

        var result = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, () => new Scratch(articles.Count), (i, _, scratch) =>
        {
            result[i] = Best(i, entities[i], articles, scratch);
            return scratch;
        }, _ => { });

        var related = new Dictionary<string, IReadOnlyList<Article>>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            related[articles[i].Slug] = result[i];
        }

        return related;
    }

    private static Article[] Best(int self, Bucket[] entities, IReadOnlyList<Article> articles, Scratch scratch)
    {
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        foreach (var bucket in entities)
        {
            foreach (var other in bucket.Articles)
            {
                if (other != self)
                {
                    if (scores[other] == 0)
                    {
                        touched.Add(other);
                    }

                    scores[other] += bucket.Weight;
                }
            }
        }

        var best = new List<int>(CoverageIndex.RelatedCount + 1);
        foreach (var candidate in touched)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1], scores, articles))
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

        foreach (var other in touched)
        {
            scores[other] = 0;
        }

        touched.Clear();
        return [.. best.Select(i => articles[i])];
    }

    /// <summary>Higher score first; equal scores newest first (a total order: slugs are unique).</summary>
    private static bool Before(int a, int b, double[] scores, IReadOnlyList<Article> articles) =>
        scores[a] > scores[b] || (scores[a] == scores[b] && CoverageIndex.NewestFirst(articles[a], articles[b]) < 0);

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

            bucket = buckets[key] = new Bucket([.. inBucket], KindWeight(key.Kind) / Math.Log2(1 + members.Count));
        }

        return bucket;
    }

    private static double KindWeight(ContentKind kind) => kind switch
    {
        ContentKind.Meeting => 3,
        ContentKind.Person or ContentKind.Group => 2,
        _ => 1,
    };

    /// <summary>The articles covering one entity (as indexes) and what sharing it is worth.</summary>
    private sealed record Bucket(int[] Articles, double Weight);

    /// <summary>Per-thread: a score slot per article and which slots are in use.</summary>
    private sealed class Scratch(int count)
    {
        public double[] Scores { get; } = new double[count];

        public List<int> Touched { get; } = [];
    }
}
