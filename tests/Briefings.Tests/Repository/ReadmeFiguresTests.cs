using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Repository;

/// <summary>The figures the README shows for the repository's own <c>input/</c> are what a build of it says.</summary>
public sealed partial class ReadmeFiguresTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "briefings-readme-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Should_show_the_page_counts_that_building_the_real_input_prints_When_the_README_shows_a_build_summary()
    {
        // Given: the README's example summary and stage line
        var readme = File.ReadAllText(Path.Combine(RealInputTests.RepoRoot(), "README.md"));
        var shown = PageCounts().Match(readme[readme.IndexOf("built _site in", StringComparison.Ordinal)..]).Value;
        var stage = RenderStage().Match(readme).Groups[1].Value;

        // When: the real input is built
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(["build", "--input", Path.Combine(RealInputTests.RepoRoot(), "input"), "--output", _output, "--no-search"], new Terminal(stdout, stderr, false));

        // Then: the same pages, kind by kind, and the same number of other files
        Assert.Equal(0, code);
        Assert.Equal(PageCounts().Match(stdout.ToString()).Value, shown);
        Assert.StartsWith(stage + " pages", shown, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d+ pages \([^)]*\) and \d+ other files")]
    private static partial Regex PageCounts();

    [GeneratedRegex(@"\[\d/\d\] render: (\d+) pages")]
    private static partial Regex RenderStage();
}
