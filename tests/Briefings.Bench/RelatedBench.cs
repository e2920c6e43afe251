using System.Diagnostics;
using System.Globalization;
using Briefings.Building;
using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Bench;

/// <summary>
/// <c>related --input DIR [--budget N[,N...]]</c>: how many of the exact related articles (every article sharing an entity
/// scored) the bounded method keeps (<see cref="RelatedArticles"/>, candidates read up to a budget per article).
/// Prints the share of the exact method's items kept, of lists identical and of first items kept, and both times (each
/// the whole coverage index's, related articles included).
/// </summary>
internal static class RelatedBench
{
    public static int Run(string input, IReadOnlyList<int> budgets)
    {
        var site = new SiteBuilder(new BuildOptions(input, Path.Combine(Path.GetTempPath(), "briefings-related-bench"))).Read(out var read);
        if (read.Diagnostics.Any(d => d.IsError))
        {
            Console.Error.WriteLine($"{input}: the content has errors; run 'briefings check'");
            return 1;
        }

        var articles = site.Articles;
        var coverage = site.Coverage;
        List<DatedItem> dated = [.. site.AllDated];
        var clock = Stopwatch.StartNew();
        var exact = new CoverageIndex(dated, int.MaxValue).Related;
        var exactTime = clock.Elapsed;
        var differ = 0;
        foreach (var budget in budgets)
        {
            differ += Compare(articles, dated, coverage, exact, exactTime, budget);
        }

        return differ == 0 ? 0 : 1;
    }

    private static int Compare(
        IReadOnlyList<Article> articles, List<DatedItem> dated, CoverageIndex coverage, IReadOnlyDictionary<string, IReadOnlyList<Article>> exact,
        TimeSpan exactTime, int budget)
    {
        var clock = Stopwatch.StartNew();
        var bounded = new CoverageIndex(dated, budget).Related;
        var boundedTime = clock.Elapsed;

        long wanted = 0, kept = 0;
        int identical = 0, firstKept = 0, withAny = 0;
        foreach (var article in articles)
        {
            var e = exact[article.Slug];
            var b = bounded[article.Slug];
            wanted += e.Count;
            kept += e.Count(x => b.Contains(x));
            identical += e.SequenceEqual(b) ? 1 : 0;
            if (e.Count > 0)
            {
                withAny++;
                firstKept += b.Contains(e[0]) ? 1 : 0;
            }
        }

        // The records' version (serve's) must give the bounded lists too: checked on a spread of articles.
        var step = Math.Max(1, articles.Count / 500);
        var differ = 0;
        for (var i = 0; i < articles.Count; i += step)
        {
            var a = articles[i];
            differ += RelatedArticles.For(a, coverage.KeysOf(a), coverage.Items, coverage.KeysOf, budget).SequenceEqual(bounded[a.Slug]) ? 0 : 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, budget {budget}: {100.0 * kept / Math.Max(1, wanted):F1}% of the exact method's {wanted} related items kept; " +
            $"{100.0 * identical / Math.Max(1, articles.Count):F1}% of lists identical; exact first item kept in {100.0 * firstKept / Math.Max(1, withAny):F1}%; " +
            $"exact {exactTime.TotalSeconds:F2} s, bounded {boundedTime.TotalSeconds:F2} s; records' version differs on {differ} of {(articles.Count + step - 1) / step} checked"));
        return differ;
    }
}
