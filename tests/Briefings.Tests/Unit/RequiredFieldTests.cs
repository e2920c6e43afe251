using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class RequiredFieldTests
{
    private const string Path = ContentFile.ArticlePath;

    [Theory]
    [InlineData("title")]
    [InlineData("date")]
    [InlineData("summary")]
    [InlineData("source")]
    public void Should_report_each_missing_required_field_When_an_article_leaves_it_out(string field)
    {
        // Given
        var lines = new[] { "title: Talks", "date: 2018-03", "summary: Talks held.", "source: {name: Dawn}" }
            .Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal));
        var text = "---\n" + string.Join("\n", lines) + "\n---\nBody.";

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 1), error.Location);
        Assert.Equal($"missing required field '{field}'", error.Message);
    }

    [Fact]
    public void Should_report_every_missing_field_When_several_are_left_out()
    {
        // When
        var (_, diagnostics) = ContentFile.Parse("---\ndateline: Islamabad\n---\n");

        // Then
        var missing = diagnostics.Where(d => d.Code == DiagnosticCodes.MissingField).Select(d => d.Message).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["missing required field 'date'", "missing required field 'source'", "missing required field 'summary'", "missing required field 'title'"],
            missing);
    }

    [Fact]
    public void Should_report_the_empty_value_When_a_required_field_has_no_text()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: ""
            source:
              name: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(Path, 4, 10), error.Location);
        Assert.Contains("'summary' is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_missing_source_name_When_source_has_only_a_url()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              url: https://www.dawn.com/news/1
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(Path, 6, 3), error.Location);
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }
}
