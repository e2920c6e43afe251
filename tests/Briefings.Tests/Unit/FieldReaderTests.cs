using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class FieldReaderTests
{
    private const string Path = ContentFile.ArticlePath;

    [Fact]
    public void Should_report_a_wrong_type_at_the_value_When_a_list_is_given_for_text()
    {
        // Given
        const string text = """
            ---
            title: [a, b]
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 8), error.Location);
        Assert.Contains("'title' must be a text value, not a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_wrong_type_and_show_the_list_form_When_text_is_given_for_a_list()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            countries: pakistan
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 12), error.Location);
        Assert.Contains("'countries' must be a list", error.Message, StringComparison.Ordinal);
        Assert.Contains("[pakistan]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_wrong_type_When_source_is_text_instead_of_fields()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 5, 9), error.Location);
        Assert.Contains("'source' must be a mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_invalid_date_at_the_date_value_When_the_day_does_not_exist()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-02-30
            summary: Talks held.
            source:
              name: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal(new SourceLocation(Path, 3, 7), error.Location);
        Assert.Contains("'date'", error.Message, StringComparison.Ordinal);
        Assert.Contains("February 2018", error.Message, StringComparison.Ordinal);
        Assert.Equal("articles/2018/pakistan-russia-talks.md:3:7: error BRF209: " + error.Message, error.ToString());
    }

    [Fact]
    public void Should_report_an_invalid_slug_at_the_list_item_When_a_reference_is_capitalised()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            countries: [russia, Pakistan]
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 21), error.Location);
        Assert.Contains("'Pakistan' is not a valid slug", error.Message, StringComparison.Ordinal);
        Assert.Contains("'pakistan'", error.Message, StringComparison.Ordinal);
        var article = Assert.IsType<Article>(item);
        Assert.Equal(["russia"], article.Refs.Countries.Select(r => r.Slug));
    }

    [Fact]
    public void Should_report_a_wrong_type_at_the_item_When_a_list_item_is_not_text()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            countries: [pakistan, [russia]]
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 23), error.Location);
        Assert.Equal(["pakistan"], Assert.IsType<Article>(item).Refs.Countries.Select(r => r.Slug));
    }

    [Fact]
    public void Should_name_the_list_plainly_When_a_list_item_is_not_text()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            countries:
              -
              - pakistan
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("'countries'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("''", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/story")]
    [InlineData("www.dawn.com/news/1")]
    public void Should_refuse_the_source_url_When_it_is_not_absolute_http_or_https(string url)
    {
        // Given
        var text = $"---\ntitle: Talks\ndate: 2018-03\nsummary: Talks held.\nsource:\n  name: Dawn\n  url: {url}\n---\n";

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUrl, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 8), error.Location);
    }

    [Fact]
    public void Should_suggest_the_allowed_word_When_a_choice_is_misspelt()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
            status: drafts
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 9), error.Location);
        Assert.Contains("'published', 'draft'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'draft'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_every_problem_of_a_file_When_it_has_several()
    {
        // Given
        const string text = """
            ---
            title: [a, b]
            date: 2018-13
            summary: Talks held.
            source:
              name: Dawn
            countries: [Pakistan]
            titel: x
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then: in file order
        Assert.Equal(
            [DiagnosticCodes.WrongType, DiagnosticCodes.InvalidDate, DiagnosticCodes.InvalidSlug, DiagnosticCodes.UnknownField],
            diagnostics.Select(d => d.Code));
        Assert.Equal([2, 3, 7, 8], diagnostics.Select(d => d.Location.Line));
    }
}
