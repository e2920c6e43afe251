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
/// The inner loops index arrays (no hashing), and only the best candidates are kept, never a sort of all of them.
/// <see cref="For"/> is the same method over the records, for serve's incremental updates: both give the same lists.
/// </para>
/// </remarks>
internal static class RelatedArticles
{
    /// <summary>How many coverage entries an article reads for candidates.</summary>
    public const int CandidateBudget = 1000;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(
        IReadOnlyList<Article> articles,
        IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage,
        Func<DatedItem, IReadOnlyList<EntityKey>> entitiesOf,
        int budget = CandidateBudget)
    {
        var index = new Dictionary<Article, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            index[articles[i]] = i;
        }

        // Every article's record in one array — its number, how many entities it has, their numbers — and each
        // coverage list as the places of its articles' records: a candidate read from a list is one record read, its
        // number and entities together (at 100,000 articles a separate read for each missed the cache).
        var keys = new IReadOnlyList<EntityKey>[articles.Count];
        var at = new int[articles.Count];
        var total = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            keys[i] = entitiesOf(articles[i]);
            at[i] = total;
            total += 2 + keys[i].Count;
        }

        var records = new int[total];
        var buckets = new Dictionary<EntityKey, Bucket>();
        var entities = new Bucket[articles.Count][];
        var most = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            entities[i] = [.. keys[i].Select(key => BucketOf(key, coverage, index, at, buckets))];
            most = Math.Max(most, entities[i].Length);
            records[at[i]] = i;
            records[at[i] + 1] = entities[i].Length;
            for (var k = 0; k < entities[i].Length; k++)
            {
                records[at[i] + 2 + k] = entities[i][k].Id;
            }
        }

        var rank = NewestFirstRanks(articles);
        var result = new IReadOnlyList<Article>[articles.Count];
        var bucketCount = buckets.Count;

        // Articles taken in order of their rarest entity (the list each reads first, and whole): consecutive articles
        // read the same lists and mostly the same candidates' records, which stay in the cache (in the site's order,
        // each article read lists the previous one did not, and at 100,000 articles most reads missed the cache).
        // Each article's list is worked out on its own, so the order changes nothing but the time.
        // (One sort of numbers: the rarest entity's id + 1 above, the article's below.)
        var byRarest = new long[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var rarest = entities[i].Length == 0 ? -1 : entities[i].MinBy(b => (b.Members.Length, b.Id))!.Id;
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
                    result[i] = Best(i, entities, records, articles, rank, budget, scratch);
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

    private static Article[] Best(int self, Bucket[][] entities, int[] records, IReadOnlyList<Article> articles, int[] rank, int budget, Scratch scratch)
    {
        var mine = entities[self];
        var stamp = ++scratch.Stamp;
        var takes = scratch.Takes.AsSpan(0, mine.Length);
        var sizes = scratch.Sizes.AsSpan(0, mine.Length);
        var weights = scratch.Weights.AsSpan(0, mine.Length);
        var whole = true;
        for (var k = 0; k < mine.Length; k++)
        {
            sizes[k] = mine[k].Members.Length;
            weights[k] = mine[k].Weight;
            scratch.EntityStamp[mine[k].Id] = stamp;
            scratch.EntityPlace[mine[k].Id] = k;
        }

        Takes(sizes, weights, budget, takes);
        for (var k = 0; k < mine.Length; k++)
        {
            whole &= takes[k] == sizes[k];
        }

        var candidates = scratch.Candidates;
        var scores = scratch.Scores;
        var count = whole ? Whole(mine, records, scratch) : Read(self, mine, records, takes, weights, scratch, stamp);

        // The best so far, best first: a candidate goes in before every kept one it beats, the last one dropping out.
        Span<int> best = stackalloc int[CoverageIndex.RelatedCount];
        var kept = 0;
        for (var c = 0; c < count; c++)
        {
            var candidate = candidates[c];
            if (candidate == self)
            {
                continue;
            }

            var at = kept;
            while (at > 0 && Before(candidate, best[at - 1], scores, rank))
            {
                at--;
            }

            if (at < best.Length)
            {
                for (var j = Math.Min(kept, best.Length - 1); j > at; j--)
                {
                    best[j] = best[j - 1];
                }

                best[at] = candidate;
                kept = Math.Min(kept + 1, best.Length);
            }
        }

        foreach (var candidate in candidates.AsSpan(0, count))
        {
            scores[candidate] = 0;
        }

        var related = new Article[kept];
        for (var i = 0; i < kept; i++)
        {
            related[i] = articles[best[i]];
        }

        return related;
    }

    /// <summary>
    /// Every list read whole (the exact method): each entry adds its list's weight to its article's slot, in the order of
    /// this article's entities; a slot joins the candidates when first scored (the article itself too, skipped later).
    /// </summary>
    private static int Whole(Bucket[] mine, int[] records, Scratch scratch)
    {
        var scores = scratch.Scores;
        var candidates = scratch.Candidates;
        var count = 0;
        foreach (var bucket in mine)
        {
            // Branch-free: a slot is a candidate when first scored; the spare slot takes the write past the last one.
            var weight = bucket.Weight;
            foreach (var place in bucket.Members)
            {
                if (place >= 0)
                {
                    var other = records[place];
                    candidates[count] = other;
                    count += scores[other] == 0 ? 1 : 0;
                    scores[other] += weight;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Lists read in part (<paramref name="takes"/> entries of each): the entries read are the candidates, each once,
    /// then each is scored with every entity it shares, in its own order of entities: in <see cref="Fixed"/> units, so
    /// the sum is the same in any order.
    /// </summary>
    private static int Read(int self, Bucket[] mine, int[] records, Span<int> takes, Span<double> weights, Scratch scratch, int stamp)
    {
        var exact = scratch.Fixed.AsSpan(0, mine.Length);
        for (var k = 0; k < mine.Length; k++)
        {
            exact[k] = Fixed(weights[k]);
        }

        var seen = scratch.Seen;
        var scores = scratch.Scores;
        var candidates = scratch.Candidates;
        var entityStamp = scratch.EntityStamp;
        var entityPlace = scratch.EntityPlace;
        var count = 0;
        seen[self] = stamp;
        for (var k = 0; k < mine.Length; k++)
        {
            foreach (var place in mine[k].Members.AsSpan(0, takes[k]))
            {
                if (place < 0)
                {
                    continue;
                }

                // The candidate's record: its number, then its entities, read together.
                var other = records[place];
                if (seen[other] == stamp)
                {
                    continue;
                }

                seen[other] = stamp;
                candidates[count++] = other;
                var score = 0.0;
                foreach (var id in records.AsSpan(place + 2, records[place + 1]))
                {
                    if (entityStamp[id] == stamp)
                    {
                        score += exact[entityPlace[id]];
                    }
                }

                scores[other] = score;
            }
        }

        return count;
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
        EntityKey key, IReadOnlyDictionary<EntityKey, IReadOnlyList<DatedItem>> coverage, Dictionary<Article, int> index, int[] at,
        Dictionary<EntityKey, Bucket> buckets)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            var members = coverage[key];
            var inBucket = new int[members.Count];
            for (var m = 0; m < members.Count; m++)
            {
                inBucket[m] = members[m] is Article a && index.TryGetValue(a, out var i) ? at[i] : -1;
            }

            bucket = buckets[key] = new Bucket(buckets.Count, inBucket, Weight(key, members.Count));
        }

        return bucket;
    }

    /// <summary>
    /// A weight in units of 2^-40, a whole number: sums of a few are exact in a double (below 2^53), so they do not
    /// depend on the order of adding, and equal sums are equal.
    /// </summary>
    internal static double Fixed(double weight) => Math.Round(weight * (1L << 40));

    /// <summary>What sharing <paramref name="key"/>, covered by <paramref name="coverage"/> items, is worth: rarer is more.</summary>
    internal static double Weight(EntityKey key, int coverage) => ContentKinds.Of(key.Kind).RelatedWeight / Math.Log2(1 + coverage);

    /// <summary>
    /// One entity: its number, its coverage list (newest first) as the places of its articles' records, -1 for what is
    /// not an article (so a read of N entries is the same N entries <see cref="For"/> reads), and what sharing it is worth.
    /// </summary>
    private sealed record Bucket(int Id, int[] Members, double Weight);

    /// <summary>
    /// Per worker: a score slot per article, the candidates (each article at most once, plus a spare slot for the
    /// branch-free loop), and which article and entity slots belong to the current article (by stamp).
    /// </summary>
    private sealed class Scratch(int articles, int entities, int most)
    {
        public int Stamp;

        public double[] Scores { get; } = new double[articles];

        public int[] Candidates { get; } = new int[articles + 1];

        public int[] Seen { get; } = new int[articles];

        public int[] EntityStamp { get; } = new int[entities];

        public int[] EntityPlace { get; } = new int[entities];

        public int[] Takes { get; } = new int[most];

        public int[] Sizes { get; } = new int[most];

        public double[] Weights { get; } = new double[most];

        public double[] Fixed { get; } = new double[most];
    }
}
