using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class YamlReaderTests
{
    private const string Path = ContentFile.ArticlePath;

    [Fact]
    public void Should_report_malformed_yaml_on_the_line_of_the_quote_When_a_quote_is_never_closed()
    {
        // Given: the quote opens on file line 3, column 8
        const string text = """
            ---
            date: 2018-03-22
            title: "Pakistan, Russia concerned
            summary: Talks.
            source:
              name: Dawn
            ---
            Body.
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics, d => d.Message.StartsWith("malformed YAML", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal(new SourceLocation(Path, 3, 8), error.Location);
        Assert.Contains("quoted scalar", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Line:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[x")]
    [InlineData("[!G'")]
    public void Should_report_a_located_error_not_throw_When_a_line_starts_an_unclosed_flow_list_after_a_field(string line)
    {
        // Given: YamlDotNet's scanner throws InvalidOperationException (not YamlException) for this
        var text = $"---\ndate: 2018-03-22\n{line}\ntitle: T\n---\nBody.\n";

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 7), error.Location);
        Assert.Contains("unclosed '['", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_malformed_yaml_once_When_a_quote_is_never_closed()
    {
        // Given
        const string text = """
            ---
            title: "Pakistan, Russia concerned
            date: 2018-03-22
            ---
            Body.
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then: one error, at the quote; nothing claims the front matter is empty
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Should_report_malformed_yaml_inside_the_front_matter_When_indentation_is_broken()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018
              summary: bad indent
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics, d => d.Message.StartsWith("malformed YAML", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.InRange(error.Location.Line, 2, 4);
    }

    [Fact]
    public void Should_report_a_duplicate_key_at_the_second_key_When_a_field_is_set_twice()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            title: Talks again
            source:
              name: Dawn
            ---
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = ContentFile.Single(diagnostics, DiagnosticCodes.DuplicateKey);
        Assert.Equal(new SourceLocation(Path, 5, 1), error.Location);
        Assert.Contains("duplicate key 'title'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        var article = Assert.IsType<Content.Article>(item);
        Assert.Equal("Talks", article.Title);
    }

    [Fact]
    public void Should_report_a_duplicate_key_When_a_nested_field_is_set_twice()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018-03
            summary: Talks held.
            source:
              name: Dawn
              name: Reuters
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = ContentFile.Single(diagnostics, DiagnosticCodes.DuplicateKey);
        Assert.Equal(new SourceLocation(Path, 7, 3), error.Location);
        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_yaml_alias_at_its_place_When_front_matter_uses_anchors()
    {
        // Given
        const string text = """
            ---
            title: &t Talks
            date: 2018-03
            summary: *t
            source:
              name: Dawn
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = ContentFile.Single(diagnostics, DiagnosticCodes.YamlAliasNotAllowed);
        Assert.Equal(new SourceLocation(Path, 4, 10), error.Location);
        Assert.Contains("*t", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsError);
    }

    [Fact]
    public void Should_refuse_a_yaml_alias_When_its_anchor_is_not_defined()
    {
        // Given
        const string text = """
            ---
            title: Talks
            countries: [pakistan, *a]
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = ContentFile.Single(diagnostics, DiagnosticCodes.YamlAliasNotAllowed);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Should_ask_for_key_value_fields_When_front_matter_is_a_single_value()
    {
        // When
        var (item, diagnostics) = ContentFile.Parse("---\njust some words\n---\nBody.");

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 1), error.Location);
        Assert.Contains("found a text value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_list_as_a_key_When_front_matter_uses_a_complex_key()
    {
        // Given
        const string text = """
            ---
            ? [a, b]
            : value
            ---
            """;

        // When
        var (_, diagnostics) = ContentFile.Parse(text);

        // Then
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidYaml);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("key must be a plain name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_deep_nesting_without_crashing_When_values_are_nested_too_deeply()
    {
        // Given
        var nested = new string('[', 40) + new string(']', 40);
        var text = $"---\ntitle: {nested}\n---\n";

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics, d => d.Message.Contains("nested", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Should_say_to_quote_the_value_When_an_unquoted_value_has_a_colon_and_a_space()
    {
        const string Text = "---\ntitle: Talks: the second round\ndate: 2018-03-22\nsummary: Talks.\n---\nBody.\n";

        var (_, diagnostics) = ContentFile.Parse(Text);

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidYaml);
        Assert.Equal(2, error.Location.Line);
        Assert.EndsWith("a value that has ': ' in it must be quoted, e.g. title: \"Talks: the second round\"", error.Message);
    }
}
