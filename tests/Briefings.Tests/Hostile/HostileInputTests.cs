using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Every folder of <c>Hostile/Cases</c> is built as a site: the build never throws, reports exactly the diagnostics
/// of the case's <c>expected.txt</c> (each located in a file of the input), writes nothing when it fails, and writes
/// nothing executable when it succeeds. <c>BRIEFINGS_BLESS=1 dotnet test</c> rewrites expected.txt from what happened,
/// for review.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Cases() => [.. HostileCase.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_report_exactly_the_expected_located_diagnostics_When_building_a_hostile_case(string name)
    {
        // Given
        using var hostile = new HostileCase(name).Prepare();

        // When
        var result = hostile.Build();

        // Then
        if (Environment.GetEnvironmentVariable("BRIEFINGS_BLESS") == "1")
        {
            Bless(name, result.Diagnostics);
        }

        Assert.All(result.Diagnostics, d => AssertLocatedInInput(hostile.Input, d));
        var expected = hostile.Expected();
        var unexpected = result.Diagnostics.Where(d => !expected.Any(e => e.Matches(d))).ToList();
        var missing = expected.Where(e => !result.Diagnostics.Any(e.Matches)).ToList();
        Assert.True(unexpected.Count == 0 && missing.Count == 0,
            $"case {name}\nunexpected:\n  {string.Join("\n  ", unexpected)}\nmissing:\n  {string.Join("\n  ", missing)}");
        if (result.Succeeded)
        {
            Assert.Empty(UnsafeHtml.Scan(hostile.Output));
        }
        else
        {
            Assert.False(Directory.Exists(hostile.Output), "a failed build wrote an output folder");
            Assert.False(Directory.Exists(hostile.Output + ".staging"), "a failed build left a staging folder");
        }
    }

    [Fact]
    public void Should_have_an_expected_txt_in_every_case_folder()
    {
        Assert.All(HostileCase.All(), name => Assert.True(File.Exists(Path.Combine(HostileCase.CasesFolder, name, "expected.txt")), name));
    }

    /// <summary>What a contributor can act on: a file of the input (never an absolute or escaping path), line and column from 1, one line of text.</summary>
    internal static void AssertLocatedInInput(string input, Diagnostic d)
    {
        var path = d.Location.Path;
        Assert.False(Path.IsPathRooted(path), $"absolute path in {d}");
        Assert.DoesNotContain("..", path.Split('/'));
        Assert.True(path.StartsWith("theme/", StringComparison.Ordinal) || File.Exists(Path.Combine(input, path)), $"no such input file: {d}");
        Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"line and column start at 1: {d}");
        Assert.Matches(@"^BRF\d{3}$", d.Code);
        Assert.DoesNotContain("\n", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal);
    }

    private static void Bless(string name, IReadOnlyList<Diagnostic> diagnostics)
    {
        var file = Path.Combine(HostileCase.CasesFolder, name, "expected.txt");
        var comments = File.Exists(file) ? File.ReadAllLines(file).TakeWhile(l => l.StartsWith('#')).ToList() : [];
        var lines = diagnostics.Select(d =>
        {
            var message = d.Message.Length > 72 ? d.Message[..72].TrimEnd() + "…" : d.Message;
            return $"{d.Location}: {(d.IsError ? "error" : "warning")} {d.Code}: {message}";
        });
        File.WriteAllLines(file, [.. comments, .. lines]);
    }
}
