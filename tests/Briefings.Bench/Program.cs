using System.Globalization;
using Briefings.Bench.Corpus;

namespace Briefings.Bench;

/// <summary>
/// Test support for the performance work (tests/bench/run.sh), not part of the briefings tool:
/// <c>corpus --n N --out DIR [--seed S]</c> writes a synthetic input/ folder;
/// <c>hash DIR</c> prints the SHA-256 of every file (sha256sum format), then one digest line.
/// </summary>
internal static class BenchProgram
{
    private const string Usage = "usage: Briefings.Bench corpus --n N --out DIR [--seed S] | hash DIR";

    public static int Main(string[] args) => args switch
    {
        ["corpus", .. var rest] => Corpus(rest),
        ["hash", var dir] => Hash(dir),
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
