using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Old paths listed in <c>aliases</c> get a page that sends readers to where the content is now.</summary>
public sealed class RedirectTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/new-story.md", Files.Article("New & improved story", extra: "aliases: ['old/story/', '/2018/03/old-story.html', '/legacy/Path_1.0']"))
        .With("notes/new-note.md", Files.Note("New note", extra: "aliases:\n  - notes/old-note/"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_a_redirect_page_at_each_alias_of_an_article_and_a_note_When_aliases_are_listed()
    {
        _site.BuildClean();

        foreach (var (file, target) in new[]
        {
            ("old/story/index.html", "/base/articles/new-story/"),
            ("2018/03/old-story.html", "/base/articles/new-story/"),
            ("legacy/Path_1.0/index.html", "/base/articles/new-story/"),
            ("notes/old-note/index.html", "/base/notes/new-note/"),
        })
        {
            var html = File.ReadAllText(Path.Combine(_site.Output, file));
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={target}\">", html);
            Assert.Contains($"<link rel=\"canonical\" href=\"{target}\">", html);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; base-uri 'none'; form-action 'none'\">", html);
            Assert.Contains($"<a href=\"{target}\">", html);
        }
    }

    [Fact]
    public void Should_name_the_new_page_escaped_and_leave_out_the_sites_navigation_When_writing_a_redirect_page()
    {
        _site.BuildClean();

        var html = _site.Page("old/story/");
        Assert.Contains("<a href=\"/base/articles/new-story/\">New &amp; improved story</a>", html);
        Assert.DoesNotContain("<nav", html);
        Assert.Single(html.Split("<html").Skip(1));
    }

    [Fact]
    public void Should_resolve_every_link_of_the_redirect_pages_When_the_site_lives_under_a_base_path()
    {
        _site.BuildClean();

        Assert.Empty(SiteLinks.Broken(_site.Output, TestSite.BasePath));
    }

    [Theory]
    [InlineData("https://example.org/old/", "is a URL")]
    [InlineData("//example.org/old/", "is a URL")]
    [InlineData("javascript:alert(1)", "is a URL")]
    [InlineData("../outside/", "cannot climb out")]
    [InlineData("old/../../etc/", "cannot climb out")]
    [InlineData("old/./story/", "cannot climb out")]
    [InlineData("old\\story", "has '\\'")]
    [InlineData("old%20story/", "percent-encoded")]
    [InlineData("old story/", "has ' '")]
    [InlineData("old/story?id=3", "query or fragment")]
    [InlineData("old/story#top", "query or fragment")]
    [InlineData(".well-known/thing", "hidden name")]
    [InlineData("old//story/", "empty folder name")]
    [InlineData("/", "is the home page")]
    [InlineData("actualités/", "has 'é'")]
    [InlineData("pagefind/pagefind-ui.js", "where the search index is written")]
    [InlineData("/PageFind/", "where the search index is written")]
    [InlineData("pagefind", "where the search index is written")]
    public void Should_refuse_an_alias_at_its_line_and_column_When_it_is_not_a_plain_path_on_this_site(string alias, string reason)
    {
        _site.With("articles/2018/x.md", Files.Article("X", extra: $"aliases: ['{alias}']"));

        var error = _site.Build().Single(DiagnosticCodes.InvalidAlias);

        Assert.Equal(new SourceLocation("articles/2018/x.md", 8, 11), error.Location);
        Assert.Contains($"alias '{alias}' ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("articles/new-story/", "the page /base/articles/new-story/")]
    [InlineData("/countries/pakistan", "the page /base/countries/pakistan/")]
    [InlineData("index.html", "the page /base/")]
    [InlineData("assets/style.css", "the file /base/assets/style.css")]
    [InlineData("assets/style.css/old/", "the file /base/assets/style.css")]
    [InlineData("Articles/New-Story/", "the page /base/articles/new-story/")]
    [InlineData("articles.html/", null)]
    public void Should_refuse_an_alias_When_it_is_a_path_the_site_itself_uses(string alias, string? clash)
    {
        _site.With("articles/2018/x.md", Files.Article("X", extra: $"aliases: ['{alias}']"));

        var result = _site.Build();

        if (clash is null)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return;
        }

        var error = result.Single(DiagnosticCodes.AliasClash);
        Assert.Equal(new SourceLocation("articles/2018/x.md", 8, 11), error.Location);
        Assert.Contains(clash, error.Message);
    }

    [Theory]
    [InlineData("old/story/")]
    [InlineData("/old/story")]
    [InlineData("OLD/Story/")]
    [InlineData("old/story")]
    public void Should_refuse_the_second_alias_When_two_aliases_claim_the_same_path(string alias)
    {
        _site.With("notes/other.md", Files.Note("Other", extra: $"aliases: ['{alias}']"));

        var error = _site.Build().Single(DiagnosticCodes.AliasClash);

        Assert.Equal("notes/other.md", error.Location.Path);
        Assert.Contains("articles/2018/new-story.md:8:", error.Message);
    }

    [Fact]
    public void Should_report_alias_clashes_When_only_checking()
    {
        _site.With("articles/2018/x.md", Files.Article("X", extra: "aliases: ['articles/new-story/']"));

        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Check();

        Assert.Equal(DiagnosticCodes.AliasClash, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_write_no_redirect_for_a_draft_unless_drafts_are_built()
    {
        _site.With("articles/2018/draft.md", Files.Article("Draft", extra: "status: draft\naliases: ['old/draft/']"));

        _site.BuildClean();
        Assert.False(_site.HasPage("old/draft/"));

        _site.BuildClean(drafts: true);
        Assert.True(_site.HasPage("old/draft/"));
    }
}
