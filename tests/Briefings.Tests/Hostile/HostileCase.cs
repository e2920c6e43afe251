using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Hostile;

/// <summary>
/// One folder of <c>Hostile/Cases</c>: an <c>input/</c> tree (plus any files <see cref="GeneratedInputs"/> writes for
/// bytes git must not touch) and <c>expected.txt</c>, the diagnostics a contributor should see.
/// </summary>
internal sealed class HostileCase(string name) : IDisposable
{
    public const string DefaultSiteYml = "title: Hostile input\nbase_url: https://example.org/briefings/\n";

    public static string CasesFolder => Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Hostile", "Cases");

    public string Name => name;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "briefings-hostile-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "_site");

    public static IEnumerable<string> All() =>
        Directory.EnumerateDirectories(CasesFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>Lays out the case's input in a temp folder: its files, the generated ones, and a site.yml if it has none.</summary>
    public HostileCase Prepare()
    {
        var source = Path.Combine(CasesFolder, name, "input");
        Directory.CreateDirectory(Input);
        if (Directory.Exists(source))
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Input, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        GeneratedInputs.Write(name, Input);
        if (!File.Exists(Path.Combine(Input, "site.yml")))
        {
            File.WriteAllText(Path.Combine(Input, "site.yml"), DefaultSiteYml);
        }

        return this;
    }

    public BuildResult Build() => new SiteBuilder(new BuildOptions(Input, Output)).Build();

    public IReadOnlyList<ExpectedDiagnostic> Expected() =>
        [.. File.ReadAllLines(Path.Combine(CasesFolder, name, "expected.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(ExpectedDiagnostic.Parse)];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>A line of <c>expected.txt</c>: <c>path:line:column: error CODE</c>, optionally <c>: message prefix</c>.</summary>
internal sealed record ExpectedDiagnostic(string Location, string Severity, string Code, string? MessagePrefix)
{
    public static ExpectedDiagnostic Parse(string line)
    {
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^(?<at>.+?:\d+:\d+): (?<sev>error|warning) (?<code>BRF\d{3})(?:: (?<msg>.*))?$");
        if (!match.Success)
        {
            throw new FormatException($"expected.txt line is not 'path:line:column: error|warning CODE[: message]': {line}");
        }

        var message = match.Groups["msg"].Success ? match.Groups["msg"].Value.TrimEnd() : null;
        return new(match.Groups["at"].Value, match.Groups["sev"].Value, match.Groups["code"].Value, message);
    }

    public bool Matches(Diagnostic d) =>
        d.Location.ToString() == Location
        && (d.IsError ? "error" : "warning") == Severity
        && d.Code == Code
        && (MessagePrefix is null || d.Message.StartsWith(MessagePrefix.TrimEnd('…'), StringComparison.Ordinal));

    public override string ToString() => $"{Location}: {Severity} {Code}{(MessagePrefix is null ? "" : ": " + MessagePrefix)}";
}
