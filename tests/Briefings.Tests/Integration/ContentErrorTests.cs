using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Bad content gets a located, actionable error; all of them are reported; the previous site survives.</summary>
public sealed class ContentErrorTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/good.md", Files.Article("Good", extra: "groups: [islamic-state]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_report_a_misspelt_group_at_its_line_and_column_with_a_suggestion()
    {
        // Given an article whose groups list misspells a slug (line 8 of the file)
        _site.With("articles/2018/typo.md", Files.Article("Typo", extra: "countries: [pakistan]\ngroups: [islamic-stat]"));

        // When
        var result = _site.Build();

        // Then
        Assert.False(result.Succeeded);
        var error = result.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal(new SourceLocation("articles/2018/typo.md", 9, 10), error.Location);
        Assert.Contains("did you mean 'islamic-state'?", error.Message);
    }

    [Fact]
    public void Should_report_only_the_bad_date_When_an_article_that_others_link_to_has_one()
    {
        // Given an article with an impossible date, which a note is about and another article links to
        _site.With("articles/2018/good.md", Files.Article("Good", date: "2018-02-30"))
            .With("articles/2018/other.md", Files.Article("Other", body: "See [[article:good]]."))
            .With("notes/on-good.md", Files.Note("On good", extra: "about: [good]"));

        // When
        var result = _site.Build();

        // Then the date is the one error: not "no article 'good'" wherever it is named
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidDate, new SourceLocation("articles/2018/good.md", 3, 7)), (error.Code, error.Location));
    }

    [Fact]
    public void Should_report_a_taken_slug_in_the_same_run_When_the_second_file_also_has_another_error()
    {
        // Given the same slug in two year folders, the second file with a bad date as well
        _site.With("articles/2020/good.md", Files.Article("Good again", date: "2020-02-30"));

        // When
        var result = _site.Build();

        // Then both of its errors are reported at once
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate && d.Location.Path == "articles/2020/good.md");
        var taken = result.Single(DiagnosticCodes.DuplicateSlug);
        Assert.Equal("articles/2020/good.md", taken.Location.Path);
        Assert.Contains("already used by articles/2018/good.md", taken.Message);
    }

    [Fact]
    public void Should_suggest_the_canonical_country_slug_for_a_common_alias()
    {
        _site.With("articles/2018/usa.md", Files.Article("USA", extra: "countries: [usa]"));

        var error = _site.Build().Single(DiagnosticCodes.UnknownReference);

        Assert.Contains("did you mean 'united-states'?", error.Message);
    }

    [Fact]
    public void Should_report_every_error_of_the_run_not_only_the_first()
    {
        _site
            .With("articles/2018/one.md", Files.Article("One", date: "2018-02-30"))
            .With("articles/2018/two.md", Files.Article("Two", extra: "people: [nobody]"))
            .With("notes/three.md", "---\ntitle: [broken\n---\n");

        var result = _site.Build();

        Assert.Equal(["articles/2018/one.md", "articles/2018/two.md", "notes/three.md"],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path).Distinct().Order());
    }

    [Fact]
    public void Should_report_an_unresolved_wiki_link_where_it_is_written()
    {
        _site.With("notes/n.md", Files.Note("N", body: "First line.\n\nSee [[group:islamic-stat]] here."));

        var error = _site.Build().Single(DiagnosticCodes.UnknownWikiLink);

        Assert.Equal(new SourceLocation("notes/n.md", 11, 5), error.Location);
        Assert.Contains("did you mean 'islamic-state'?", error.Message);
    }

    [Fact]
    public void Should_refuse_a_control_character_in_a_title_at_its_line_When_no_feed_or_page_could_carry_it()
    {
        _site.With("articles/2018/ctl.md", Files.Article("Bad \\x17 title"));

        var error = _site.Build().Single(DiagnosticCodes.InvalidValue);

        Assert.Equal(new SourceLocation("articles/2018/ctl.md", 2, 8), error.Location);
        Assert.Contains("U+0017", error.Message);
    }

    [Theory]
    [InlineData("site.yml", "title: T\ntopics:\n  energy: \"Energy \\x15\"\n", 3, 11)]
    [InlineData("groups/al-qaeda.md", "---\nname: Al-Qaeda\nkind: militant\naliases: [AQ, \"Base \\x15\"]\n---\n", 4, 15)]
    public void Should_refuse_a_control_character_in_a_topic_title_or_a_list_item_at_its_line(string path, string text, int line, int column)
    {
        // Given: a topic title (it becomes a feed's category) or an alias (it is written into pages) with U+0015
        _site.With(path, text);

        // When
        var error = _site.Build().Single(DiagnosticCodes.InvalidValue);

        // Then
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
        Assert.Contains("U+0015", error.Message);
    }

    [Fact]
    public void Should_report_duplicate_slugs_across_year_folders()
    {
        _site.With("articles/2019/good.md", Files.Article("Good again"));

        var error = _site.Build().Single(DiagnosticCodes.DuplicateSlug);

        Assert.Equal("articles/2019/good.md", error.Location.Path);
        Assert.Contains("articles/2018/good.md", error.Message);
    }

    [Fact]
    public void Should_refuse_a_file_name_that_is_not_a_slug()
    {
        _site.With("people/Sergey Lavrov.md", Files.Person("Sergey Lavrov"));

        var error = _site.Build().Single(DiagnosticCodes.BadFileName);

        Assert.Contains("sergey-lavrov", error.Message);
    }

    [Theory]
    [InlineData("meetings/series.md")]
    [InlineData("articles/2018/page.md")]
    public void Should_refuse_a_slug_reserved_for_the_sites_own_pages(string path)
    {
        _site.With(path, Files.Meeting("Reserved", "2018"));

        var error = _site.Build().Single(DiagnosticCodes.InvalidSlug);

        Assert.Equal(path, error.Location.Path);
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void Should_leave_the_previous_site_untouched_when_a_build_fails()
    {
        // Given a successful build
        _site.BuildClean();
        var before = Snapshot(_site.Output);

        // When a later build has a content error
        _site.With("articles/2018/bad.md", Files.Article("Bad", extra: "groups: [nope]"));
        var result = _site.Build();

        // Then the output folder is byte-for-byte what it was
        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(_site.Output));
    }

    [Fact]
    public void Should_remove_pages_of_deleted_content_on_the_next_build()
    {
        _site.With("articles/2018/gone.md", Files.Article("Gone")).BuildClean();
        Assert.True(_site.HasPage("articles/gone/"));

        _site.Without("articles/2018/gone.md").BuildClean();

        Assert.False(_site.HasPage("articles/gone/"));
    }

    [Fact]
    public void Should_leave_drafts_out_unless_asked_and_warn_about_references_to_them()
    {
        _site
            .With("articles/2018/draft.md", Files.Article("Draft", extra: "status: draft"))
            .With("notes/about-draft.md", Files.Note("About draft", extra: "about: [draft]"));

        var published = _site.BuildClean();
        Assert.False(_site.HasPage("articles/draft/"));
        Assert.Contains(published.Diagnostics, d => !d.IsError && d.Message.Contains("is a draft", StringComparison.Ordinal));

        _site.BuildClean(drafts: true);
        Assert.True(_site.HasPage("articles/draft/"));
    }

    internal static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
