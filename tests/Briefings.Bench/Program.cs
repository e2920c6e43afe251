using System.Globalization;
using Briefings.Bench.Corpus;

namespace Briefings.Bench;

/// <summary>
/// Test support for the performance work (tests/bench/run.sh), not part of the briefings tool:
/// <c>corpus --n N --out DIR [--seed S]</c> writes a synthetic input/ folder;
/// <c>hash DIR</c> prints the SHA-256 of every file (sha256sum format), then one digest line;
/// <c>edits --input DIR --out DIR</c> times serve's incremental rebuilds (<see cref="EditBench"/>; it edits the input);
/// <c>related --input DIR [--budget N[,N...]]</c> compares related articles with the exact method's (<see cref="RelatedBench"/>);
/// <c>plan --input DIR [--n 10]</c> times the plan stage by planner (<see cref="PlanBench"/>).
/// </summary>
internal static class BenchProgram
{
    private const string Usage = "usage: Briefings.Bench corpus --n N --out DIR [--seed S] | hash DIR | edits --input DIR --out DIR [--n 20] [--article PATH] | related --input DIR [--budget N[,N...]] | plan --input DIR [--n 10]";

    public static int Main(string[] args) => args switch
    {
        ["corpus", .. var rest] => Corpus(rest),
        ["hash", var dir] => Hash(dir),
        ["edits", .. var rest] => Edits(rest),
        ["related", .. var rest] => Related(rest),
        ["plan", .. var rest] => Plan(rest),
        _ => Fail(Usage),
    };

    private static int Corpus(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (!int.TryParse(Option("--n"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || Option("--out") is not { } output)
        {
            return Fail(Usage);
        }

        var seed = int.TryParse(Option("--seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var stats = new CorpusGenerator(n, seed).Write(output);
        Console.WriteLine(stats);
        return 0;
    }

    private static int Edits(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--input") is not { } input || Option("--out") is not { } output)
        {
            return Fail(Usage);
        }

        var n = int.TryParse(Option("--n"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 20;
        return EditBench.Run(input, output, n, Option("--article"));
    }

    private static int Related(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--input") is not { } input)
        {
            return Fail(Usage);
        }

        var budgets = Option("--budget") is { } list
            ? list.Split(',').Select(b => int.Parse(b, NumberStyles.None, CultureInfo.InvariantCulture)).ToList()
            : [Linking.RelatedArticles.CandidateBudget];
        return RelatedBench.Run(input, budgets);
    }

    private static int Plan(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--input") is not { } input)
        {
            return Fail(Usage);
        }

        var n = int.TryParse(Option("--n"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 10;
        return PlanBench.Run(input, n);
    }

    private static int Hash(string dir)
    {
        var lines = SiteHash.Lines(dir);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"{SiteHash.Digest(lines)}  * {lines.Count} files");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
