using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class UnknownFieldTests
{
    private const string Path = ContentFile.ArticlePath;

    [Fact]
    public void Should_warn_and_suggest_the_known_field_When_a_field_name_is_misspelt()
    {
        // Given
        const string text = """
            ---
            title: Talks
            titel: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.NotNull(item);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation(Path, 3, 1), warning.Location);
        Assert.Contains("unknown field 'titel' for article", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'title'?", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("articles/2018/pakistan-russia-talks.md:3:1: warning BRF207:", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_warn_and_suggest_the_known_field_When_a_source_field_is_misspelt()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
              ulr: https://www.dawn.com/news/1
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, warning.Code);
        Assert.Equal(new SourceLocation(Path, 7, 3), warning.Location);
        Assert.Contains("'ulr' for source; did you mean 'url'?", warning.Message, StringComparison.Ordinal);
    }
}
