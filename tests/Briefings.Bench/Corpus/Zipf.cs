namespace Briefings.Bench.Corpus;

/// <summary>Picks items with Zipf-skewed weights (the first is the most common), as <c>gen_corpus.py</c> does.</summary>
internal sealed class Zipf
{
    private readonly IReadOnlyList<string> _items;
    private readonly double[] _cumulative;

    public Zipf(IReadOnlyList<string> items, double exponent)
    {
        _items = items;
        _cumulative = new double[items.Count];
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<string> Items => _items;

    public string Pick(Random rng)
    {
        var x = rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _items[Math.Min(i < 0 ? ~i : i, _items.Count - 1)];
    }

    /// <summary>Up to <paramref name="count"/> distinct items, most common ones most likely, in the order drawn.</summary>
    public List<string> PickDistinct(Random rng, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < Math.Min(count, _items.Count))
        {
            var x = Pick(rng);
            if (!chosen.Contains(x))
            {
                chosen.Add(x);
            }
        }

        return chosen;
    }
}
