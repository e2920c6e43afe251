using System.Text;
using Briefings.Diagnostics;
using Briefings.Loading;

namespace Briefings.Tests.Unit;

public sealed class InputLoaderTests
{
    private const string Path = "articles/2018/latin1.md";

    [Fact]
    public void Should_report_the_line_and_column_of_the_bad_byte_When_file_is_not_utf8()
    {
        // Given: "café" saved as Latin-1 on line 2
        byte[] bytes = [.. "---\ntitle: caf"u8, 0xE9, .. "\n---\n"u8];

        // When
        var text = Decode(bytes, out var diagnostics);

        // Then
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 11), error.Location);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0x41 }, 1, 1)]
    [InlineData(new byte[] { 0x41, 0x42, 0xC3 }, 1, 3)]
    [InlineData(new byte[] { 0x41, 0x0A, 0x0A, 0x42, 0x80 }, 3, 2)]
    [InlineData(new byte[] { 0x41, 0x0D, 0x0A, 0xC0, 0xAF }, 2, 1)]
    public void Should_locate_the_first_invalid_sequence_When_bytes_are_not_utf8(byte[] bytes, int line, int column)
    {
        // When
        var text = Decode(bytes, out var diagnostics);

        // Then
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Should_count_lone_carriage_returns_as_line_breaks_When_locating_a_bad_byte()
    {
        // Given: the bad byte is on the third line of a file with old Mac line endings
        byte[] bytes = [.. "a\rb\r"u8, 0xFF];

        // When
        Decode(bytes, out var diagnostics);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal((3, 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Should_strip_the_byte_order_mark_When_file_starts_with_one()
    {
        // Given
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "---\ntitle: Talks\n"u8];

        // When
        var text = Decode(bytes, out var diagnostics);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: Talks\n", text);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\rc", "a\nb\nc")]
    [InlineData("a\r\n\r\nb\rc\n", "a\n\nb\nc\n")]
    [InlineData("a\nb", "a\nb")]
    public void Should_normalise_line_endings_to_lf_When_file_uses_crlf_or_cr(string written, string expected)
    {
        var text = Decode(Encoding.UTF8.GetBytes(written), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Should_keep_non_ascii_text_When_file_is_valid_utf8()
    {
        // Given
        const string written = "Côte d’Ivoire — پاکستان 🇵🇰";

        // When
        var text = Decode(Encoding.UTF8.GetBytes(written), out var diagnostics);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal(written, text);
    }

    [Fact]
    public void Should_give_empty_text_When_file_holds_only_a_byte_order_mark()
    {
        var text = Decode([0xEF, 0xBB, 0xBF], out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("", text);
    }

    private static string? Decode(byte[] bytes, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var text = new InputLoader(bag).Decode(Path, bytes);
        diagnostics = bag.Sorted();
        return text;
    }
}
