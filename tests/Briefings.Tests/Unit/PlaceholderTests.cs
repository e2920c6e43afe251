using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

/// <summary>TODO placeholders (written by <c>new</c> and <c>import</c>): warnings in a draft, errors once published.</summary>
public sealed class PlaceholderTests
{
    private static string Article(string status) => $"""
        ---
        title: Talks
        date: 2018-03
        summary: "TODO: one or two sentences in your own words"
        source:
          name: TODO
        {status}
        ---
        """;

    [Fact]
    public void Should_warn_at_each_placeholder_When_the_article_is_a_draft()
    {
        // When
        var (item, diagnostics) = ContentFile.Parse(Article("status: draft"));

        // Then
        Assert.NotNull(item);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.Placeholder, Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal([new SourceLocation(ContentFile.ArticlePath, 4, 10), new SourceLocation(ContentFile.ArticlePath, 6, 9)], diagnostics.Select(d => d.Location));
        Assert.Equal("'summary' is still a placeholder; write the real value before publishing", diagnostics[0].Message);
    }

    [Fact]
    public void Should_fail_When_a_published_article_still_has_a_placeholder()
    {
        // When
        var (_, diagnostics) = ContentFile.Parse(Article(""));

        // Then
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.Placeholder && d.IsError));
    }

    [Fact]
    public void Should_report_an_invalid_date_once_When_the_date_is_a_placeholder()
    {
        // When
        var (_, diagnostics) = ContentFile.Parse(Article("status: draft").Replace("date: 2018-03", "date: TODO", StringComparison.Ordinal));

        // Then
        var error = ContentFile.Single(diagnostics, DiagnosticCodes.InvalidDate);
        Assert.Equal(new SourceLocation(ContentFile.ArticlePath, 3, 7), error.Location);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.Placeholder));
    }
}
