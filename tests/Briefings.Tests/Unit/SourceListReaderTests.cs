using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Parsing;

namespace Briefings.Tests.Unit;

/// <summary>The shared <c>sources:</c> list: name, url, partial date and Admiralty grade, each bad value located.</summary>
public sealed class SourceListReaderTests
{
    [Fact]
    public void Should_read_every_field_of_each_source()
    {
        // Given
        const string yaml = """
            sources:
              - name: Dawn
                url: https://www.dawn.com/news/1
                date: 2021-07
                grade: B2
              - {name: ISPR}
            """;

        // When
        var (sources, diagnostics) = Read(yaml);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal(2, sources.Count);
        Assert.Equal("Dawn", sources[0].Name);
        Assert.Equal("https://www.dawn.com/news/1", sources[0].Url!.AbsoluteUri);
        Assert.Equal("2021-07", sources[0].Date!.Value.Iso);
        Assert.Equal("B2 — usually reliable, probably true", sources[0].Grade!.Value.Label);
        Assert.Equal(new SourceCitation("ISPR", null, null, null, sources[1].Location), sources[1]);
    }

    [Theory]
    [InlineData("A1", "completely reliable, confirmed by other sources")]
    [InlineData("C3", "fairly reliable, possibly true")]
    [InlineData("D4", "not usually reliable, doubtful")]
    [InlineData("E5", "unreliable, improbable")]
    [InlineData("F6", "reliability cannot be judged, truth cannot be judged")]
    public void Should_spell_out_the_standard_meaning_of_a_grade(string code, string meaning)
    {
        // When
        var ok = AdmiraltyGrade.TryParse(code, out var grade, out _);

        // Then
        Assert.True(ok);
        Assert.Equal(meaning, grade.Meaning);
        Assert.Equal(code, grade.Code);
    }

    [Theory]
    [InlineData("G2", "")]
    [InlineData("B7", "")]
    [InlineData("b2", "did you mean 'B2'?")]
    [InlineData("B", "")]
    [InlineData("B22", "")]
    public void Should_locate_a_bad_grade_and_say_how_to_write_one(string grade, string hint)
    {
        // Given
        var yaml = $"sources:\n  - name: Dawn\n    grade: {grade}\n";

        // When
        var (sources, diagnostics) = Read(yaml);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidGrade, error.Code);
        Assert.Equal(new SourceLocation("x.md", 4, 12), error.Location);
        Assert.Contains("for example 'B2'", error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(sources).Grade);
    }

    [Fact]
    public void Should_locate_a_missing_name_a_bad_url_a_bad_date_and_an_unknown_field()
    {
        // Given
        const string yaml = """
            sources:
              - url: javascript:alert(1)
                date: 2021-13
                grad: B2
              - just a name
            """;

        // When
        var (sources, diagnostics) = Read(yaml);

        // Then
        Assert.Empty(sources);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Location.Line == 3);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidUrl && d.Location == new SourceLocation("x.md", 3, 10));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidDate && d.Location == new SourceLocation("x.md", 4, 11));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownField && d.Message.Contains("did you mean 'grade'?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.WrongType && d.Location.Line == 6);
    }

    private static (IReadOnlyList<SourceCitation> Sources, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = (YMapping)new YamlReader(diagnostics, "x.md", 2).Read(yaml)!;
        var sources = new FieldReader(map, diagnostics).Sources();
        return (sources, diagnostics.Sorted());
    }
}
