using System.Diagnostics;
using System.Globalization;
using Briefings.Building;
using Briefings.Building.Incremental;

namespace Briefings.Bench;

/// <summary>
/// <c>edits --input DIR --out DIR [--n 20] [--article PATH]</c>: builds the input with serve's incremental engine, then
/// times edits of one article — its body, then its title — from the file's write to the rebuilt page being on disk
/// (and to every dependent file being written), and prints each edit and the medians. The input folder is edited.
/// </summary>
internal static class EditBench
{
    public static int Run(string input, string output, int edits, string? article)
    {
        var engine = new IncrementalBuilder(new BuildOptions(input, output) { Search = false });
        var clock = Stopwatch.StartNew();
        var first = engine.Build();
        Console.WriteLine($"full build: {clock.ElapsedMilliseconds} ms, {first.FilesWritten} files, {first.Diagnostics.Count(d => d.IsError)} errors");
        article ??= Directory.EnumerateFiles(Path.Combine(input, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(500).First();
        var path = Path.GetFullPath(article, input);
        Console.WriteLine($"editing {Path.GetRelativePath(input, path)}");
        Series("body", engine, path, edits, (text, i) => text + $"\nEdit number {i} of the body.\n");
        Series("title", engine, path, edits, (text, i) => ReplaceLine(text, "title:", $"title: \"Edited title number {i}\""));
        clock.Restart();
        engine.Build();
        Console.WriteLine($"full rebuild (warm, nothing changed on disk): {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    private static void Series(string name, IncrementalBuilder engine, string path, int edits, Func<string, int, string> edit)
    {
        var original = File.ReadAllText(path);
        var own = new List<double>();
        var all = new List<double>();
        for (var i = 1; i <= edits; i++)
        {
            var text = edit(original, i);
            var cpu = Environment.CpuUsage.TotalTime;
            var pause = GC.GetTotalPauseDuration();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            File.WriteAllText(path, text);
            var result = engine.Update([path]);
            var total = clock.Elapsed.TotalMilliseconds;
            var steps = result.Timings.Select(t => t.Stage).ToList();
            var ownAt = steps.Contains("own page") ? result.Timings.Take(steps.IndexOf("own page") + 1).Sum(t => t.Elapsed.TotalMilliseconds) : total;
            own.Add(ownAt);
            all.Add(total);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} edit {i,2}: page on disk {ownAt,7:F1} ms, all dependents {total,7:F1} ms, {result.Changes?.Written} written, {result.Changes?.Unchanged} unchanged, incremental: {engine.LastWasIncremental}; {string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F0}"))}, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms, GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms in {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3} collections"));
        }

        File.WriteAllText(path, original);
        engine.Update([path]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median page on disk {Median(own):F1} ms, median all dependents {Median(all):F1} ms"));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string ReplaceLine(string text, string prefix, string line) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith(prefix, StringComparison.Ordinal) ? line : l));
}
