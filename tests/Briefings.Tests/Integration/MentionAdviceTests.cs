using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Mention advice: a warning, at the first mention, when the text names an entity the front matter does not list.</summary>
public sealed class MentionAdviceTests : IDisposable
{
    private const string ArticlePath = "articles/2018/talks.md";

    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State", extra: "aliases: [IS, ISIS]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_warn_at_the_first_mention_with_a_count_When_the_body_names_an_untagged_country()
    {
        // Given
        _site.With(ArticlePath, Files.Article("Talks", extra: "countries: [pakistan]", body: "Pakistan spoke.\nIt is about Afghanistan, and Afghan media said Afghanistan twice."));

        // When
        var result = _site.Build();

        // Then
        Assert.True(result.Succeeded);
        var warning = result.Single(DiagnosticCodes.UntaggedMention);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(ArticlePath, 11, 13), warning.Location);
        Assert.StartsWith("mentions Afghanistan (3×) but 'countries' does not list 'afghanistan'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_advise_listing_an_entity_When_a_misspelt_reference_already_points_at_it()
    {
        // Given 'pakistn' for Pakistan in the tags, and Pakistan and Afghanistan named in the text
        _site.With(ArticlePath, Files.Article("Talks", extra: "countries: [pakistn]", body: "Pakistan spoke, and so did Afghanistan."));

        // When
        var result = _site.Build();

        // Then the error says what to fix; advice is given for Afghanistan only, not Pakistan a second time
        Assert.Contains("did you mean 'pakistan'?", result.Single(DiagnosticCodes.UnknownReference).Message);
        var advice = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UntaggedMention);
        Assert.Contains("mentions Afghanistan", advice.Message);
    }

    [Fact]
    public void Should_locate_the_mention_in_the_title_When_the_title_names_an_untagged_group()
    {
        // Given: the summary ("Summary of Pakistan warns of IS.") names it too
        _site.With(ArticlePath, Files.Article("Pakistan warns of IS", extra: "countries: [pakistan]"));

        // When
        var warning = _site.Build().Single(DiagnosticCodes.UntaggedMention);

        // Then
        Assert.Equal(new SourceLocation(ArticlePath, 2, 27), warning.Location);
        Assert.StartsWith("mentions Islamic State (2×, as 'IS') but 'groups' does not list 'islamic-state'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_warn_When_the_name_is_only_in_code_a_link_url_or_a_wiki_link()
    {
        // Given
        const string body = "Run `Afghanistan`; read [the report](https://example.com/Afghanistan); see [[country:afghanistan|the country]].\n\n    Afghanistan\n";
        _site.With(ArticlePath, Files.Article("Talks", body: body));

        // When
        var result = _site.Build();

        // Then
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UntaggedMention);
    }

    [Fact]
    public void Should_not_warn_When_the_country_is_only_named_by_the_articles_publisher()
    {
        // Given a report by The Times of India about Pakistan, and a second India that is a real mention
        const string article = """
            ---
            title: Talks
            date: 2018-03-21
            source:
              name: The Times of India
              url: https://example.com/story
            summary: A summary.
            countries: [pakistan]
            ---
            Curated summary of a report by [The Times of India](https://example.com/story) on Pakistan.

            Pakistan spoke; India did not.
            """;
        _site.With(ArticlePath, article);

        // When
        var result = _site.Build();

        // Then only the second India is advice, at its own place
        var warning = result.Single(DiagnosticCodes.UntaggedMention);
        Assert.StartsWith("mentions India (1×)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(ArticlePath, 12, 17), warning.Location);
    }

    [Theory]
    [InlineData("ignore_mentions: [afghanistan]")]
    [InlineData("ignore_mentions: all")]
    public void Should_not_warn_When_the_front_matter_opts_out(string optOut)
    {
        // Given
        _site.With(ArticlePath, Files.Article("Talks", extra: optOut, body: "Talks about Afghanistan."));

        // When
        var result = _site.Build();

        // Then
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_warn_with_a_suggestion_When_ignore_mentions_names_nothing_known()
    {
        // Given
        _site.With(ArticlePath, Files.Article("Talks", extra: "ignore_mentions: [afganistan]", body: "Talks."));

        // When
        var warning = _site.Build().Single(DiagnosticCodes.UnknownIgnoredMention);

        // Then
        Assert.Equal(new SourceLocation(ArticlePath, 8, 19), warning.Location);
        Assert.EndsWith("did you mean 'afghanistan'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_advise_on_notes_and_in_check_too()
    {
        // Given
        _site.With("notes/review.md", Files.Note("Review", body: "We assess that ISIS will persist."));

        // When
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Check();

        // Then
        var warning = result.Single(DiagnosticCodes.UntaggedMention);
        Assert.Equal("notes/review.md", warning.Location.Path);
        Assert.True(result.Succeeded);
    }
}
