using Briefings.Content;

namespace Briefings.Linking;

/// <summary>
/// Related articles: those sharing the most entities, where a shared rare entity (a meeting, a person) counts for
/// more than a shared common one (a much-covered country).
/// </summary>
/// <remarks>
/// <para>
/// Score: per shared entity, its kind's weight over log2(1 + its coverage), summed in the order of the scoring
/// article's entities; the best <see cref="CoverageIndex.RelatedCount"/> are kept, equal scores newest first.
/// </para>
/// <para>
/// Candidates are bounded, so the cost is linear in the corpus: scoring every article that shares an entity costs the
/// sum over articles of their entities' coverage, which grows with the square of the corpus (a country in a third of
/// 100,000 articles). An article reads its entities' coverage lists rarest first (highest weight first), each newest
/// first, until it has read <see cref="CandidateBudget"/> entries: lists that fit are read whole, the first that does
/// not is read up to the budget, and more common ones are not read (<see cref="Takes"/>). Every candidate found is
/// then scored exactly, with all the entities it shares, common ones included. When an article's lists hold no more
/// than the budget together (every article of a site of a few thousand), the result is the exact top list; on the
/// generated 100,000-article corpus it keeps most of the exact method's items (README, Performance).
/// </para>
/// <para>
/// It works on numbers the coverage index made (items newest first, entities numbered): no record is read but to tell
/// articles apart. Each coverage list holds its articles' entity numbers, so a candidate is scored from the stream
/// being read; the inner loops index arrays (no hashing), and only the best candidates are kept, never a sort of all
/// of them. <see cref="For"/> is the same method over the records, for serve's incremental updates: both give the
/// same lists.
/// </para>
/// </remarks>
internal static class RelatedArticles
{
    /// <summary>How many coverage entries an article reads for candidates.</summary>
    public const int CandidateBudget = 1000;

    /// <param name="items">Every dated item of the site: articles are related, and every item is an entry of its entities' coverage lists.</param>
    /// <param name="newestFirst">The places of the items, newest first (<see cref="CoverageIndex.NewestFirstOrder"/>): the order of every coverage list.</param>
    /// <param name="ranks">Each item's place in that order, equal items sharing one.</param>
    /// <param name="entities">Each item's entities, numbered.</param>
    /// <param name="weights">What sharing each entity is worth (<see cref="Weight"/>).</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(
        IReadOnlyList<DatedItem> items, int[] newestFirst, int[] ranks, int[][] entities, double[] weights, int budget = CandidateBudget)
    {
        // The articles, numbered, and each item's article number (-1 for what is not an article).
        var articles = new List<Article>();
        var articleOf = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            articleOf[i] = -1;
            if (items[i] is Article article)
            {
                articleOf[i] = articles.Count;
                articles.Add(article);
            }
        }

        // Each coverage list with its articles' records written out in it (number, count of entities, their numbers),
        // -1 for an entry that is not an article: an article reads its candidates' entities in one stream through the
        // list, not from records spread over the heap (at 100,000 articles, that missed the cache). Items taken newest
        // first, as the lists have them; no item is read, only numbers.
        var sizes = new int[weights.Length];
        var lengths = new int[weights.Length];
        foreach (var i in newestFirst)
        {
            foreach (var id in entities[i])
            {
                sizes[id]++;
                lengths[id] += articleOf[i] >= 0 ? 2 + entities[i].Length : 1;
            }
        }

        var data = Array.ConvertAll(lengths, length => new int[length]);
        var filled = new int[weights.Length];
        foreach (var i in newestFirst)
        {
            var article = articleOf[i];
            foreach (var id in entities[i])
            {
                if (article >= 0)
                {
                    data[id][filled[id]] = article;
                    data[id][filled[id] + 1] = entities[i].Length;
                    entities[i].CopyTo(data[id], filled[id] + 2);
                    filled[id] += 2 + entities[i].Length;
                }
                else
                {
                    data[id][filled[id]++] = -1;
                }
            }
        }

        var buckets = new Bucket[weights.Length];
        for (var id = 0; id < buckets.Length; id++)
        {
            buckets[id] = new Bucket(id, data[id], sizes[id], weights[id]);
        }

        var rank = new int[articles.Count];
        var mine = new Bucket[articles.Count][];
        var most = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (articleOf[i] is var a and >= 0)
            {
                rank[a] = ranks[i];
                mine[a] = Array.ConvertAll(entities[i], id => buckets[id]);
                most = Math.Max(most, mine[a].Length);
            }
        }

        return Relate(articles, mine, rank, buckets.Length, most, budget);
    }

    /// <summary>The related articles of every article, each article's entities given as buckets.</summary>
    private static Dictionary<string, IReadOnlyList<Article>> Relate(List<Article> articles, Bucket[][] entities, int[] rank, int bucketCount, int most, int budget)
    {
        var result = new IReadOnlyList<Article>[articles.Count];

        // Articles taken in order of their rarest entity (the list each reads first, and whole): consecutive articles
        // read the same lists and mostly the same candidates' records, which stay in the cache (in the site's order,
        // each article read lists the previous one did not, and at 100,000 articles most reads missed the cache).
        // Each article's list is worked out on its own, so the order changes nothing but the time.
        // (One sort of numbers: the rarest entity's id + 1 above, the article's below.)
        var byRarest = new long[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var rarest = entities[i].Length == 0 ? -1 : entities[i].MinBy(b => (b.Size, b.Id))!.Id;
            byRarest[i] = ((long)(rarest + 1) << 32) | (uint)i;
        }

        Array.Sort(byRarest);
        var order = Array.ConvertAll(byRarest, key => (int)(key & uint.MaxValue));

        // One scratch per worker, each taking the next chunk of articles (not one scratch per task the scheduler makes).
        const int Chunk = 256;
        var next = 0;
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, (articles.Count + Chunk - 1) / Chunk));
        Parallel.For(0, workers, _ =>
        {
            var scratch = new Scratch(articles.Count, bucketCount, most);
            for (var start = Interlocked.Add(ref next, Chunk) - Chunk; start < articles.Count; start = Interlocked.Add(ref next, Chunk) - Chunk)
            {
                foreach (var i in order.AsSpan(start, Math.Min(Chunk, articles.Count - start)))
                {
                    result[i] = Best(i, entities, articles, rank, budget, scratch);
                }
            }
        });

        var related = new Dictionary<string, IReadOnlyList<Article>>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            related[articles[i].Slug] = result[i];
        }

        return related;
    }

    /// <summary>
    /// How many entries of each coverage list an article reads for candidates (<paramref name="takes"/>, in the order
    /// of its entities): highest weight first (equal weights in the article's order), whole lists while they fit in
    /// <paramref name="budget"/>, the first that does not up to the budget, none after.
    /// </summary>
    internal static void Takes(ReadOnlySpan<int> sizes, ReadOnlySpan<double> weights, int budget, Span<int> takes)
    {
        takes.Clear();
        Span<bool> done = sizes.Length <= 256 ? stackalloc bool[sizes.Length] : new bool[sizes.Length];
        var left = budget;
        for (var n = 0; n < sizes.Length && left > 0; n++)
        {
            var next = -1;
            for (var k = 0; k < sizes.Length; k++)
            {
                if (!done[k] && (next < 0 || weights[k] > weights[next]))
                {
                    next = k;
                }
            }

            done[next] = true;
            takes[next] = Math.Min(sizes[next], left);
            left -= takes[next];
        }
    }

    /// <summary>
    /// The related articles of <paramref name="self"/> (entities <paramref name="keys"/>) by the method of
    /// <see cref="Compute"/>, over the records: for serve, which recomputes a few articles after an edit.
    /// </summary>
    internal static Article[] For(
        Article self, IReadOnlyList<EntityKey> keys, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        Func<DatedItem, IReadOnlyList<EntityKey>> keysOf, int budget = CandidateBudget)
    {
        var sizes = new int[keys.Count];
        var weights = new double[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            sizes[k] = coverage[keys[k]].Count;
            weights[k] = Weight(keys[k], sizes[k]);
        }

        var takes = new int[keys.Count];
        Takes(sizes, weights, budget, takes);
        var whole = takes.AsSpan().SequenceEqual(sizes);
        var seen = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        var candidates = new List<(Article Article, double Score)>();
        for (var k = 0; k < keys.Count; k++)
        {
            var members = coverage[keys[k]];
            for (var m = 0; m < takes[k]; m++)
            {
                if (members[m] is Article other && !ReferenceEquals(other, self) && seen.Add(other))
                {
                    candidates.Add((other, Score(keys, weights, keysOf(other), whole)));
                }
            }
        }

        var best = new List<(Article Article, double Score)>(CoverageIndex.RelatedCount + 1);
        foreach (var candidate in candidates)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1]))
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

        return [.. best.Select(b => b.Article)];

        static bool Before((Article Article, double Score) a, (Article Article, double Score) b) =>
            a.Score > b.Score || (a.Score == b.Score && CoverageIndex.NewestFirst(a.Article, b.Article) < 0);
    }

    /// <summary>
    /// What an article with entities <paramref name="theirs"/> scores for one with <paramref name="keys"/> (weights
    /// <paramref name="weights"/>): when every list is read whole, weights added in this article's order (the exact
    /// method's doubles); otherwise in <see cref="Fixed"/> units.
    /// </summary>
    internal static double Score(IReadOnlyList<EntityKey> keys, ReadOnlySpan<double> weights, IReadOnlyList<EntityKey> theirs, bool whole)
    {
        var score = 0.0;
        if (whole)
        {
            for (var j = 0; j < keys.Count; j++)
            {
                score += IndexOf(theirs, keys[j]) >= 0 ? weights[j] : 0;
            }

            return score;
        }

        foreach (var key in theirs)
        {
            var at = IndexOf(keys, key);
            score += at >= 0 ? Fixed(weights[at]) : 0;
        }

        return score;
    }

    private static int IndexOf(IReadOnlyList<EntityKey> keys, EntityKey key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static Article[] Best(int self, Bucket[][] entities, IReadOnlyList<Article> articles, int[] rank, int budget, Scratch scratch)
    {
        var mine = entities[self];
        var takes = scratch.Takes.AsSpan(0, mine.Length);
        var sizes = scratch.Sizes.AsSpan(0, mine.Length);
        var weights = scratch.Weights.AsSpan(0, mine.Length);
        var whole = true;
        for (var k = 0; k < mine.Length; k++)
        {
            sizes[k] = mine[k].Size;
            weights[k] = mine[k].Weight;
        }

        Takes(sizes, weights, budget, takes);
        for (var k = 0; k < mine.Length; k++)
        {
            whole &= takes[k] == sizes[k];
        }

        var candidates = scratch.Candidates;
        var scored = scratch.Scored;
        var count = whole ? Whole(mine, scratch) : Read(self, mine, takes, scratch);

        // The best so far, best first: a candidate goes in before every kept one it beats, the last one dropping out.
        Span<int> best = stackalloc int[CoverageIndex.RelatedCount];
        var kept = 0;
        for (var c = 0; c < count; c++)
        {
            if (candidates[c] == self)
            {
                continue;
            }

            var at = kept;
            while (at > 0 && Before(c, best[at - 1], scored, candidates, rank))
            {
                at--;
            }

            if (at < best.Length)
            {
                for (var j = Math.Min(kept, best.Length - 1); j > at; j--)
                {
                    best[j] = best[j - 1];
                }

                best[at] = c;
                kept = Math.Min(kept + 1, best.Length);
            }
        }

        var related = new Article[kept];
        for (var i = 0; i < kept; i++)
        {
            related[i] = articles[candidates[best[i]]];
        }

        return related;
    }

    /// <summary>
    /// Every list read whole (the exact method): each entry adds its list's weight to its article's slot, in the order of
    /// this article's entities; a slot joins the candidates when first scored (the article itself too, skipped later).
    /// </summary>
    private static int Whole(Bucket[] mine, Scratch scratch)
    {
        var scores = scratch.Scores;
        var candidates = scratch.Candidates;
        var count = 0;
        foreach (var bucket in mine)
        {
            // Branch-free: a slot is a candidate when first scored; the spare slot takes the write past the last one.
            var weight = bucket.Weight;
            var data = bucket.Data;
            for (var at = 0; at < data.Length; at++)
            {
                var other = data[at];
                if (other >= 0)
                {
                    candidates[count] = other;
                    count += scores[other] == 0 ? 1 : 0;
                    scores[other] += weight;
                    at += 1 + data[at + 1];
                }
            }
        }

        // Each candidate's score beside it, and the article slots cleared for the next article.
        for (var c = 0; c < count; c++)
        {
            scratch.Scored[c] = scores[candidates[c]];
            scores[candidates[c]] = 0;
        }

        return count;
    }

    /// <summary>
    /// Lists read in part (<paramref name="takes"/> entries of each): the entries read are the candidates, each once,
    /// then each is scored with every entity it shares, in its own order of entities: in <see cref="Fixed"/> units, so
    /// the sum is the same in any order.
    /// </summary>
    private static int Read(int self, Bucket[] mine, Span<int> takes, Scratch scratch)
    {
        // What sharing each entity is worth to this article, by entity number: 0 for those it does not have.
        var worth = scratch.Worth;
        foreach (var bucket in mine)
        {
            worth[bucket.Id] = Fixed(bucket.Weight);
        }

        // Which articles are candidates already: one bit each (a site's worth fits in the fastest cache), cleared after.
        var seen = scratch.Seen;
        var scored = scratch.Scored;
        var candidates = scratch.Candidates;
        var count = 0;
        seen[self >> 6] |= 1UL << self;
        for (var k = 0; k < mine.Length; k++)
        {
            var data = mine[k].Data;
            var at = 0;
            for (var m = 0; m < takes[k]; m++)
            {
                var other = data[at];
                if (other < 0)
                {
                    at++;
                    continue;
                }

                // The candidate's record, read where the list holds it: its number, its count of entities, their numbers.
                var record = data.AsSpan(at + 2, data[at + 1]);
                at += 2 + record.Length;
                ref var word = ref seen[other >> 6];
                var bit = 1UL << other;
                if ((word & bit) != 0)
                {
                    continue;
                }

                word |= bit;
                var score = 0.0;
                foreach (var id in record)
                {
                    score += worth[id];
                }

                candidates[count] = other;
                scored[count++] = score;
            }
        }

        seen[self >> 6] &= ~(1UL << self);
        foreach (var other in candidates.AsSpan(0, count))
        {
            seen[other >> 6] &= ~(1UL << other);
        }

        foreach (var bucket in mine)
        {
            worth[bucket.Id] = 0;
        }

        return count;
    }

    /// <summary>Candidate slot <paramref name="a"/> before <paramref name="b"/>: higher score first; equal scores newest first (<see cref="CoverageIndex.NewestFirst"/>, by rank).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Before(int a, int b, double[] scored, int[] candidates, int[] rank) =>
        scored[a] > scored[b] || (scored[a] == scored[b] && rank[candidates[a]] < rank[candidates[b]]);

    /// <summary>
    /// A weight in units of 2^-40, a whole number: sums of a few are exact in a double (below 2^53), so they do not
    /// depend on the order of adding, and equal sums are equal.
    /// </summary>
    internal static double Fixed(double weight) => Math.Round(weight * (1L << 40));

    /// <summary>What sharing <paramref name="key"/>, covered by <paramref name="coverage"/> items, is worth: rarer is more.</summary>
    internal static double Weight(EntityKey key, int coverage) => ContentKinds.Of(key.Kind).RelatedWeight / Math.Log2(1 + coverage);

    /// <summary>
    /// One entity: its number; its coverage list (newest first, <paramref name="Size"/> entries) with each article's
    /// record written in it — the article's number, how many entities it has, their numbers — and -1 for what is not an
    /// article (so a read of N entries is the same N entries <see cref="For"/> reads); and what sharing it is worth.
    /// </summary>
    private sealed record Bucket(int Id, int[] Data, int Size, double Weight);

    /// <summary>
    /// Per worker: a score slot per article (lists read whole), the candidates (each article at most once, plus a spare
    /// slot for the branch-free loop) with their scores, a bit per article for those found, and what each entity is
    /// worth to the current article (lists read in part).
    /// </summary>
    private sealed class Scratch(int articles, int entities, int most)
    {
        public double[] Scores { get; } = new double[articles];

        public int[] Candidates { get; } = new int[articles + 1];

        public double[] Scored { get; } = new double[articles + 1];

        public ulong[] Seen { get; } = new ulong[(articles + 63) / 64];

        public double[] Worth { get; } = new double[entities];

        public int[] Takes { get; } = new int[most];

        public int[] Sizes { get; } = new int[most];

        public double[] Weights { get; } = new double[most];

    }
}
