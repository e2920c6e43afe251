using System.Reflection;
using Briefings.Diagnostics;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Unit;

/// <summary>The contributor guide explains every diagnostic code the tool can print.</summary>
public sealed class ContributingGuideTests
{
    public static TheoryData<string> Codes => [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_have_a_section_for_every_diagnostic_code(string code)
    {
        // Given
        var guide = File.ReadAllText(Path.Combine(RealInputTests.RepoRoot(), ".github", "CONTRIBUTING.md"));

        // Then
        Assert.Contains($"\n### {code}\n", guide, StringComparison.Ordinal);
    }
}
