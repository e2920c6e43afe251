using System.Globalization;
using Briefings.Bench;
using Briefings.Bench.Corpus;

// Test support for the performance work (tests/bench/run.sh): not part of the briefings tool.
//   Briefings.Bench corpus --n N --out DIR [--seed S]   write a synthetic input/ folder
//   Briefings.Bench hash DIR                             sha256 of every file (sha256sum format), then a digest line
const string Usage = "usage: Briefings.Bench corpus --n N --out DIR [--seed S] | hash DIR";

return args switch
{
    ["corpus", .. var rest] => Corpus(rest),
    ["hash", var dir] => Hash(dir),
    _ => Fail(Usage),
};

static int Corpus(string[] args)
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

static int Hash(string dir)
{
    var lines = SiteHash.Lines(dir);
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    Console.WriteLine($"{SiteHash.Digest(lines)}  * {lines.Count} files");
    return 0;
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
