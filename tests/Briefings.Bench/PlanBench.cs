using System.Diagnostics;
using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Pages;

namespace Briefings.Bench;

/// <summary>
/// <c>plan --input DIR [--n 10]</c>: where the plan stage's time goes. Reads and links the input once, then plans the
/// site <c>n</c> times and prints, per planner and for the whole stage (planners, redirects, path order), the median
/// wall time, the bytes allocated and the collections per run. A full GC before each run puts every run on the same
/// footing, so the figures say what the plan costs, not when the collector happened to run.
/// </summary>
internal static class PlanBench
{
    public static int Run(string input, int runs)
    {
        var site = new SiteBuilder(new BuildOptions(input, Path.Combine(Path.GetTempPath(), "briefings-plan-bench"))).Read(out var read);
        if (read.Diagnostics.Any(d => d.IsError))
        {
            Console.Error.WriteLine($"{input}: the content has errors; run 'briefings check'");
            return 1;
        }

        var ctx = new PageContext(site, Urls.Create(null, site.Settings.BaseUrl));
        var planned = PagePlan.Planners.SelectMany(p => p.Plan(ctx)).ToList();
        var parts = PagePlan.Planners.Select((p, i) => ($"{i} {string.Join('+', p.Makes.Order())}", (Func<int>)(() => p.Plan(ctx).Count())))
            .Append(("all planners, one list", () => PagePlan.Planners.SelectMany(p => p.Plan(ctx)).ToList().Count))
            .Append(("path order", () => PagePlan.InPathOrder([.. planned]).Length))
            .Append(("whole stage", () => PagePlan.Jobs(ctx, [], new DiagnosticBag()).Count));
        foreach (var (name, plan) in parts)
        {
            var times = new List<double>();
            long bytes = 0;
            var collections = 0;
            var pages = 0;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                var gen0 = GC.CollectionCount(0);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                pages = plan();
                times.Add(clock.Elapsed.TotalMilliseconds);
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                collections = GC.CollectionCount(0) - gen0;
            }

            times.Sort();
            Console.WriteLine($"{name,-40} {pages,8} pages  {times[times.Count / 2],8:F1} ms median  ({times[0]:F1}–{times[^1]:F1})  {bytes / 1048576.0,7:F1} MiB  gc0 {collections}");
        }

        return 0;
    }
}
