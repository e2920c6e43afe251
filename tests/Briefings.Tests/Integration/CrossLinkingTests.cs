using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Every page links to what relates to it, both ways.</summary>
public sealed class CrossLinkingTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/is-threat.md", Files.Article("IS threat grows", "2018-03",
            "countries: [pakistan, russia]\ngroups: [islamic-state]\nmeetings: [jwg-7]\npeople: [sergey-lavrov]\ntopics: [counter-terrorism]"))
        .With("articles/2019/moscow-talks.md", Files.Article("Moscow talks", "2019-11-14",
            "countries: [pakistan, russia]\ngroups: [islamic-state]\nmeetings: [jwg-8]"))
        .With("articles/2017/unrelated.md", Files.Article("Unrelated story", "2017-05-02", "countries: [brazil]"))
        .With("notes/assessment.md", Files.Note("Our assessment", "2019-11",
            "about: [is-threat]\ncountries: [pakistan]", "See [[group:islamic-state|IS]] and [[meeting:jwg-7]]."))
        .With("meetings/jwg-7.md", Files.Meeting("Seventh meeting", "2018-03-21",
            "host: pakistan\ncountries: [pakistan, russia]\nseries: jwg\nseries_title: Joint Working Group\nnumber: 7"))
        .With("meetings/jwg-8.md", Files.Meeting("Eighth meeting", "2019-11-12",
            "host: russia\ncountries: [pakistan, russia]\nseries: jwg\nseries_title: Joint Working Group\nnumber: 8"))
        .With("groups/islamic-state.md", Files.Group("Islamic State", extra: "aliases: [IS, ISIS]\ncountries: [afghanistan]"))
        .With("people/sergey-lavrov.md", Files.Person("Sergey Lavrov", "country: russia\nrole: Foreign Minister"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_a_page_for_every_article_note_meeting_group_person_country_topic_and_series()
    {
        _site.BuildClean();

        foreach (var path in new[]
        {
            "", "articles/", "notes/", "meetings/", "countries/", "groups/", "people/", "topics/",
            "articles/is-threat/", "articles/moscow-talks/", "notes/assessment/", "meetings/jwg-7/", "meetings/series/jwg/",
            "groups/islamic-state/", "people/sergey-lavrov/", "countries/pakistan/", "countries/zimbabwe/", "topics/counter-terrorism/",
        })
        {
            Assert.True(_site.HasPage(path), $"missing page {path}");
        }
    }

    [Fact]
    public void Should_link_an_article_to_its_entities_and_each_entity_back_to_the_article()
    {
        _site.BuildClean();

        var article = _site.Page("articles/is-threat/");
        foreach (var href in new[] { "countries/pakistan/", "countries/russia/", "groups/islamic-state/", "meetings/jwg-7/", "people/sergey-lavrov/", "topics/counter-terrorism/" })
        {
            Assert.Contains($"href=\"/base/{href}\"", article);
            Assert.Contains("href=\"/base/articles/is-threat/\"", _site.Page(href));
        }
    }

    [Fact]
    public void Should_link_a_note_to_what_it_is_about_and_the_article_back_to_the_note()
    {
        _site.BuildClean();

        Assert.Contains("href=\"/base/articles/is-threat/\"", _site.Page("notes/assessment/"));
        var article = _site.Page("articles/is-threat/");
        Assert.Contains("Analysed in a note:", article);
        Assert.Contains("href=\"/base/notes/assessment/\"", article);
    }

    [Fact]
    public void Should_render_wiki_links_as_links_to_the_named_pages_with_their_labels()
    {
        _site.BuildClean();

        var note = _site.Page("notes/assessment/");
        Assert.Contains("<a href=\"/base/groups/islamic-state/\" class=\"wikilink\">IS</a>", note);
        Assert.Contains("<a href=\"/base/meetings/jwg-7/\" class=\"wikilink\">Seventh meeting</a>", note);
    }

    [Fact]
    public void Should_show_a_meetings_place_in_its_series_with_previous_and_next()
    {
        _site.BuildClean();

        var seventh = _site.Page("meetings/jwg-7/");
        var eighth = _site.Page("meetings/jwg-8/");
        Assert.Matches("href=\"/base/meetings/jwg-8/\" rel=\"next\">Next in the series: [^<]+ →</a>", seventh);
        Assert.DoesNotContain("rel=\"prev\"", seventh);
        Assert.Matches("href=\"/base/meetings/jwg-7/\" rel=\"prev\">← Previous in the series: [^<]+</a>", eighth);
        var series = _site.Page("meetings/series/jwg/");
        series = series[series.IndexOf("Meetings in this series", StringComparison.Ordinal)..];
        Assert.True(series.IndexOf("meetings/jwg-7/", StringComparison.Ordinal) < series.IndexOf("meetings/jwg-8/", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_list_a_countrys_meetings_groups_and_people()
    {
        _site.BuildClean();

        var pakistan = _site.Page("countries/pakistan/");
        Assert.Contains("Meetings it took part in", pakistan);
        Assert.Contains("href=\"/base/meetings/jwg-7/\"", pakistan);
        Assert.Contains("Groups active here", _site.Page("countries/afghanistan/"));
        Assert.Contains("href=\"/base/people/sergey-lavrov/\"", _site.Page("countries/russia/"));
    }

    [Fact]
    public void Should_group_an_entitys_coverage_by_year_newest_first_with_counts()
    {
        _site.BuildClean();

        var pakistan = _site.Page("countries/pakistan/");
        var y2019 = pakistan.IndexOf("<h3>2019 <span class=\"count\">(3)</span></h3>", StringComparison.Ordinal);
        var y2018 = pakistan.IndexOf("<h3>2018 <span class=\"count\">(2)</span></h3>", StringComparison.Ordinal);
        Assert.True(y2019 > 0 && y2018 > y2019, "2019 (an article, a note and a meeting) must come before 2018 (an article and a meeting)");
        Assert.Contains("2 articles · 1 analyst note · 2 meetings", pakistan);
    }

    [Fact]
    public void Should_show_the_entities_most_often_covered_together()
    {
        _site.BuildClean();

        var group = _site.Page("groups/islamic-state/");
        var coveredWith = group[group.IndexOf("Most often covered with", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/base/countries/pakistan/\">Pakistan</a> <span class=\"count\">(2)</span>", coveredWith);
    }

    [Fact]
    public void Should_suggest_related_articles_that_share_entities_and_not_unrelated_ones()
    {
        _site.BuildClean();

        var related = _site.Page("articles/is-threat/");
        related = related[related.IndexOf("Related articles", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/base/articles/moscow-talks/\"", related);
        Assert.DoesNotContain("articles/unrelated/", related);
    }

    [Fact]
    public void Should_show_partial_dates_honestly()
    {
        _site.BuildClean();

        Assert.Contains("<time datetime=\"2018-03\" data-pagefind-meta=\"date\">March 2018</time>", _site.Page("articles/is-threat/"));
        Assert.Contains("<time datetime=\"2019-11-14\" data-pagefind-meta=\"date\">14 November 2019</time>", _site.Page("articles/moscow-talks/"));
    }

    [Fact]
    public void Should_list_articles_newest_first()
    {
        _site.BuildClean();

        var list = _site.Page("articles/");
        var order = new[] { "moscow-talks", "is-threat", "unrelated" }.Select(s => list.IndexOf($"articles/{s}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Should_resolve_every_internal_link_under_the_base_path()
    {
        _site.BuildClean();

        Assert.Empty(SiteLinks.Broken(_site.Output, TestSite.BasePath));
    }
}
