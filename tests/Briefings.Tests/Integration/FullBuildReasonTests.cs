using Briefings.Building;
using Briefings.Building.Incremental;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>When serve's incremental rebuild falls back to a full build, the result says why (printed with <c>--verbose</c>).</summary>
public sealed class FullBuildReasonTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/story.md", Files.Article("Story", extra: "groups: [islamic-state]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_say_why_When_a_change_takes_a_full_build()
    {
        // Given
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, _site.Output) { Search = false });
        Assert.True(engine.Build().Succeeded);

        // When: a group's front matter changes (not updated in place)
        _site.With("groups/islamic-state.md", Files.Group("Islamic State", extra: "aliases: [ISIS]"));
        var result = engine.Update([Path.Combine(_site.Input, "groups/islamic-state.md")]);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(engine.LastWasIncremental);
        Assert.Equal("the front matter of groups/islamic-state.md changed, and a group's is not updated in place", result.FullBuildReason);
    }

    [Fact]
    public void Should_give_no_reason_When_a_change_is_updated_in_place()
    {
        // Given
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, _site.Output) { Search = false });
        Assert.True(engine.Build().Succeeded);

        // When: an article's body changes
        _site.With("articles/2018/story.md", Files.Article("Story", extra: "groups: [islamic-state]", body: "Other text."));
        var result = engine.Update([Path.Combine(_site.Input, "articles/2018/story.md")]);

        // Then
        Assert.True(engine.LastWasIncremental);
        Assert.Null(result.FullBuildReason);
    }

    [Fact]
    public void Should_rebuild_the_event_page_When_an_article_starts_to_report_the_event()
    {
        // Given
        _site.With("events/2018/talks-held.md", "---\ntitle: Talks held\ndate: 2018-03\ntype: agreement\ncountry: pakistan\nsummary: Talks were held.\n---\n");
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, _site.Output) { Search = false });
        Assert.True(engine.Build().Succeeded);
        Assert.DoesNotContain("/articles/story/", _site.Page("events/talks-held/"), StringComparison.Ordinal);

        // When: the article lists the event under events:
        _site.With("articles/2018/story.md", Files.Article("Story", extra: "groups: [islamic-state]\nevents: [talks-held]"));
        var result = engine.Update([Path.Combine(_site.Input, "articles/2018/story.md")]);

        // Then: the event page lists its new report
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("articles/2018/story.md changed the events it reports (their pages list it)", result.FullBuildReason);
        Assert.Contains("/articles/story/", _site.Page("events/talks-held/"), StringComparison.Ordinal);
    }
}
