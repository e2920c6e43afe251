using Briefings.Diagnostics;
using Briefings.Loading;
using Briefings.Parsing;

namespace Briefings.Tests.Unit;

public sealed class FrontMatterTests
{
    private const string Path = "notes/is-threat.md";

    [Fact]
    public void Should_split_yaml_from_body_with_the_lines_each_starts_on_When_fences_are_present()
    {
        // Given
        const string text = """
            ---
            title: Talks
            date: 2018
            ---
            First body line.
            """;

        // When
        var split = Split(text, out var diagnostics);

        // Then
        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: Talks\ndate: 2018\n", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("First body line.", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Should_accept_three_dots_as_the_closing_fence_When_yaml_document_end_marker_is_used()
    {
        var split = Split("---\ntitle: Talks\n...\nBody.", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: Talks\n", split.Yaml);
        Assert.Equal("Body.", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Should_report_an_empty_file_at_its_start_When_file_has_no_text(string text)
    {
        // When
        var (item, diagnostics) = ContentFile.Parse(text, Path);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.EmptyFile, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 1), error.Location);
        Assert.True(error.IsError);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_missing_front_matter_at_line_one_When_file_does_not_start_with_a_fence()
    {
        // Given
        const string text = """
            title: Talks
            date: 2018
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text, Path);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 1), error.Location);
        Assert.Contains("'---'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Talks\ndate: 2018\n")]
    [InlineData("---\ntitle: Talks\ndate: 2018")]
    [InlineData("---\n")]
    [InlineData("---")]
    public void Should_report_an_unclosed_fence_When_front_matter_never_ends(string text)
    {
        // When
        var (item, diagnostics) = ContentFile.Parse(text, Path);

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnclosedFrontMatter, error.Code);
        Assert.Equal(Path, error.Location.Path);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_every_missing_required_field_When_front_matter_is_empty()
    {
        // When
        var (item, diagnostics) = ContentFile.Parse("---\n---\nBody.", Path);

        // Then
        Assert.Null(item);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.MissingField, 2), (d.Code, d.Location.Line)));
        Assert.Equal(["author", "date", "summary", "title"], diagnostics.Select(d => d.Message.Split('\'')[1]));
    }

    private static FrontMatter? Split(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split(new InputFile(Path, text), bag);
        diagnostics = bag.Sorted();
        return split;
    }
}
