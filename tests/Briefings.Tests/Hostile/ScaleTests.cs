using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>Sheer size within the file limit: every problem still reported, nothing thrown, no time asserted.</summary>
public sealed class ScaleTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_report_every_unknown_slug_at_its_column_When_an_article_lists_twenty_thousand_of_them()
    {
        // Given: line 8 holds 20,000 unknown country slugs
        var slugs = Enumerable.Range(0, 20_000).Select(i => $"nowhere-{i}").ToList();
        _site.With("articles/2018/x.md", Files.Article("Many", extra: $"countries: [{string.Join(", ", slugs)}]"));

        // When
        var result = _site.Build();

        // Then
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownReference).ToList();
        Assert.Equal(20_000, errors.Count);
        Assert.All(errors, e => Assert.Equal(8, e.Location.Line));
        Assert.Equal(errors.Count, errors.Select(e => e.Location.Column).Distinct().Count());
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_build_When_a_body_holds_twenty_thousand_wiki_links_one_per_line()
    {
        _site.With("articles/2018/x.md", Files.Article("Links", body: string.Concat(Enumerable.Repeat("- [[country:pakistan]]\n", 20_000))));

        _site.BuildClean();

        var page = _site.Page("articles/x/");
        Assert.Equal(20_000, page.Split("<a href=\"/base/countries/pakistan/\" class=\"wikilink\">", StringSplitOptions.None).Length - 1);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_the_whole_body_When_an_article_is_just_under_the_file_size_limit()
    {
        // Given: about 1 MiB of text whose escaped HTML is several MiB
        var lines = Enumerable.Range(0, 35_000).Select(i => $"Paragraph {i} <b>&</b>\n");
        _site.With("articles/2018/x.md", Files.Article("Long", body: string.Join("\n", lines) + "\nThe last words."));

        // When
        _site.BuildClean();

        // Then
        var page = _site.Page("articles/x/");
        Assert.Contains("<p>The last words.</p>", page);
        Assert.Contains("<p>Paragraph 34999 &lt;b&gt;&amp;&lt;/b&gt;</p>", page);
    }

    [Fact]
    public void Should_report_each_unknown_field_When_front_matter_has_thousands_of_them()
    {
        _site.With("articles/2018/x.md", Files.Article("Fields", extra: string.Concat(Enumerable.Range(0, 5_000).Select(i => $"field{i}: x\n"))));

        var result = _site.BuildClean();

        Assert.Equal(5_000, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownField));
    }
}
