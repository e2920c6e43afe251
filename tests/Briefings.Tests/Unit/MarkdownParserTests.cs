using Briefings.Diagnostics;
using Briefings.Markdown;

namespace Briefings.Tests.Unit;

public sealed class MarkdownParserTests
{
    private const string Path = "notes/is-threat.md";

    [Fact]
    public void Should_collect_each_wiki_link_with_kind_slug_and_file_location_When_body_starts_after_front_matter()
    {
        // Given: the body starts on file line 11
        const string markdown = """
            See [[country:pakistan]] and
            the [[group:islamic-state|IS]].

            - [[meeting:pakistan-russia-jwg-ct-7]]
            """;

        // When
        var body = Parse(markdown, firstLine: 11, out var diagnostics);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal(11, body.FirstLine);
        Assert.Equal(
            [
                new WikiLinkUse("country", "pakistan", new SourceLocation(Path, 11, 5)),
                new WikiLinkUse("group", "islamic-state", new SourceLocation(Path, 12, 5)),
                new WikiLinkUse("meeting", "pakistan-russia-jwg-ct-7", new SourceLocation(Path, 14, 3)),
            ],
            body.WikiLinks);
    }

    [Theory]
    [InlineData("[[country:pakistan]]", "country", "pakistan")]
    [InlineData("[[ group : islamic-state | Daesh ]]", "group", "islamic-state")]
    [InlineData("[[note:what-the-talks-mean|this note]]", "note", "what-the-talks-mean")]
    [InlineData("[[countri:pakistan]]", "countri", "pakistan")]
    public void Should_keep_kind_and_slug_as_written_When_a_wiki_link_is_parsed(string markdown, string kind, string slug)
    {
        var body = Parse(markdown, firstLine: 1, out _);

        var link = Assert.Single(body.WikiLinks);
        Assert.Equal((kind, slug), (link.KindWord, link.Slug));
    }

    [Theory]
    [InlineData("[[pakistan]]")]
    [InlineData("[[country:pakistan")]
    [InlineData("[link](https://example.org/)")]
    [InlineData("`[[country:pakistan]]`")]
    [InlineData("[[pakistan|country:label]]")]
    [InlineData("[[a|b:c]]")]
    public void Should_collect_no_wiki_link_When_text_is_not_a_wiki_link(string markdown)
    {
        Assert.Empty(Parse(markdown, firstLine: 1, out _).WikiLinks);
    }

    [Fact]
    public void Should_report_an_unsafe_link_at_its_file_line_When_body_links_to_javascript()
    {
        // Given: the body starts on file line 5; the link is on its third line
        const string markdown = """
            Intro.

            Click [x](javascript:alert(1)) now.
            """;

        // When
        Parse(markdown, firstLine: 5, out var diagnostics);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.True(error.IsError);
        Assert.Equal(new SourceLocation(Path, 7, 7), error.Location);
        Assert.Contains("'javascript:alert(1)'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![pixel](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    public void Should_report_an_unsafe_link_When_an_image_autolink_or_reference_uses_a_refused_scheme(string markdown)
    {
        Parse(markdown, firstLine: 1, out var diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal(1, error.Location.Line);
    }

    [Theory]
    [InlineData("[Dawn](https://www.dawn.com/)")]
    [InlineData("[talks](/articles/pakistan-russia-talks/)")]
    [InlineData("[mail](mailto:editor@example.org)")]
    [InlineData("<https://example.org/>")]
    [InlineData("See https://example.org/ for more.")]
    public void Should_report_nothing_When_links_are_safe(string markdown)
    {
        Parse(markdown, firstLine: 1, out var diagnostics);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Should_report_every_unsafe_link_When_a_body_has_several()
    {
        // Given
        const string markdown = "[a](javascript:a())\n\n[b](data:text/html,x)\n\n[c](vbscript:c)";

        // When
        Parse(markdown, firstLine: 10, out var diagnostics);

        // Then
        Assert.Equal([10, 12, 14], diagnostics.Select(d => d.Location.Line));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.UnsafeLink, d.Code));
    }

    [Theory]
    [InlineData("[", 10_000)]
    [InlineData("[a](", 5_000)]
    [InlineData("*a* ", 5_000)]
    [InlineData("~a~ ", 5_000)]
    public void Should_report_the_paragraph_at_its_line_instead_of_parsing_it_When_it_has_thousands_of_brackets_or_markers(string unit, int count)
    {
        // Given: an ordinary paragraph, then one that would take Markdig quadratic time (or throw) to parse
        var markdown = "Intro.\n\n" + string.Concat(Enumerable.Repeat(unit, count));

        // When
        Parse(markdown, firstLine: 8, out var diagnostics);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, error.Code);
        Assert.Equal(new SourceLocation(Path, 10, 1), error.Location);
        Assert.Contains("split it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void Should_report_a_located_error_not_throw_When_block_quotes_or_lists_nest_hundreds_deep(string marker)
    {
        // Given: Markdig refuses nesting this deep by throwing
        var markdown = string.Concat(Enumerable.Repeat(marker, 1_000)) + "x";

        // When
        var body = Parse(markdown, firstLine: 6, out var diagnostics);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, error.Code);
        Assert.Equal(new SourceLocation(Path, 6, 1), error.Location);
        Assert.True(body.IsEmpty);
    }

    [Fact]
    public void Should_parse_a_long_reference_list_When_each_link_is_its_own_list_item()
    {
        // Given: 2,000 links, one per list item (each item is its own paragraph)
        var markdown = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"- [source {i}](https://example.org/{i}) *cited*\n"));

        // When
        Parse(markdown, firstLine: 1, out var diagnostics);

        // Then
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("- [ ] task\n\nSee [[country:pakistan]] and [bad](javascript:x).\n")]
    [InlineData("Title\n---\n\n[[group:islamic-state|IS]]\n")]
    [InlineData("#\t[[country:iran]] and [x](javascript:y)\n")]
    [InlineData("")]
    public void Should_place_nodes_and_problems_as_a_body_parsed_by_itself_When_parsed_in_place_after_front_matter(string markdown)
    {
        // Given: a file whose body starts on line 5
        var file = "---\ntitle: x\ndate: 2018\n---\n" + markdown;
        var alone = new DiagnosticBag();
        var inPlace = new DiagnosticBag();

        // When
        var expected = MarkdownParser.Parse(markdown, Path, 5, alone);
        var actual = MarkdownParser.ParseInPlace(file, file.Length - markdown.Length, Path, 5, inPlace);

        // Then
        Assert.Equal(expected.WikiLinks, actual.WikiLinks);
        Assert.Equal(alone.Sorted(), inPlace.Sorted());
        Assert.Equal(expected.Html, actual.Html);
        Assert.Equal(expected.Slots, actual.Slots);
        Assert.Equal(Prose(expected), Prose(actual));
    }

    private static List<string> Prose(ParsedBody body) =>
        [.. body.Prose.Select(r => $"{r.Line}:{r.Column}:{r.Source.AsSpan(r.Start, r.Length)}")];

    private static ParsedBody Parse(string markdown, int firstLine, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var body = MarkdownParser.Parse(markdown, Path, firstLine, bag);
        diagnostics = bag.Sorted();
        return body;
    }
}
