using Briefings.Content;

namespace Briefings.Linking;

/// <summary>
/// Related articles: those sharing the most entities, where a shared rare entity (a meeting, a person) counts for
/// more than a shared common one (a much-covered country).
/// </summary>
internal static class RelatedArticles
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(
        IReadOnlyList<Article> articles,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage)
    {
        var result = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, () => new Dictionary<Article, double>(ReferenceEqualityComparer.Instance), (i, _, scores) =>
        {
            scores.Clear();
            var article = articles[i];
            foreach (var key in CoverageIndex.EntitiesOf(article))
            {
                var members = coverage[key];
                var weight = KindWeight(key.Kind) / Math.Log2(1 + members.Count);
                foreach (var other in members)
                {
                    if (other is Article a && !ReferenceEquals(a, article))
                    {
                        scores[a] = scores.GetValueOrDefault(a) + weight;
                    }
                }
            }

            result[i] = [.. scores
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, Comparer<Article>.Create(CoverageIndex.NewestFirst))
                .Take(CoverageIndex.RelatedCount)
                .Select(p => p.Key)];
            return scores;
        }, _ => { });

        return articles.Select((a, i) => (a.Slug, Related: result[i])).ToDictionary(x => x.Slug, x => x.Related, StringComparer.Ordinal);
    }

    private static double KindWeight(ContentKind kind) => kind switch
    {
        ContentKind.Meeting => 3,
        ContentKind.Person or ContentKind.Group => 2,
        _ => 1,
    };
}
