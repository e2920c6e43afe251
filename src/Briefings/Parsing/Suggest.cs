namespace Briefings.Parsing;

/// <summary>"Did you mean …?" — the closest candidates by edit distance.</summary>
internal static class Suggest
{
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, wanted.Length / 3);
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Math.Abs(c.Length - wanted.Length) > limit ? int.MaxValue : Distance(wanted, c)))
            .ToList();
        var best = scored.Where(x => x.Distance <= limit).Select(x => x.Distance).DefaultIfEmpty(-1).Min();
        var picked = best >= 0
            ? scored.Where(x => x.Distance == best)
            : scored.Where(x => wanted.Length >= 4 && x.Candidate.Contains(wanted, StringComparison.Ordinal));
        return [.. picked.Select(x => x.Candidate).Order(StringComparer.Ordinal).Take(max)];
    }

    /// <summary>Appends "; did you mean `a`?" when there is something close, else nothing.</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> candidates)
    {
        var closest = Closest(wanted, candidates);
        return closest.Count == 0 ? "" : "; did you mean " + string.Join(" or ", closest.Select(c => $"'{c}'")) + "?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions), in three rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var width = b.Length + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
