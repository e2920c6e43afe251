using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Relations;

/// <summary>Relations between groups, people and countries: checked where written, shown at both ends, drawn and listed.</summary>
public sealed class RelationTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("groups/al-qaeda.md", Files.Group("Al-Qaeda"));

    public void Dispose() => _site.Dispose();

    private static string Relations(params string[] items) =>
        "relations:\n" + string.Join("\n", items.Select(i => "  - " + i.Replace("\n", "\n    ", StringComparison.Ordinal)));

    [Fact]
    public void Should_show_a_relation_at_both_ends_with_the_inverse_wording()
    {
        // Given ISKP, a splinter of Islamic State since 2015, and a person who leads it
        _site.With("groups/iskp.md", Files.Group("Islamic State Khorasan", extra: Relations("type: splinter-of\nwith: group:islamic-state\nfrom: 2015-01\nnote: Pledged allegiance in January 2015.")))
            .With("people/shahab-al-muhajir.md", Files.Person("Shahab al-Muhajir", extra: Relations("type: leader-of\nwith: group:iskp\nfrom: 2020-06")))
            .With("people/hafiz-saeed-khan.md", Files.Person("Hafiz Saeed Khan", extra: Relations("type: leader-of\nwith: group:iskp\nfrom: 2015-01\nto: 2016-07")));

        // When
        _site.BuildClean();

        // Then ISKP says "Splinter of" Islamic State, and Islamic State lists it under "Splinter groups"
        var iskp = _site.Page("groups/iskp/");
        Assert.Contains("<h3>Splinter of</h3>", iskp);
        Assert.Contains("<a href=\"/base/groups/islamic-state/\">Islamic State</a> <span class=\"detail\">since January 2015</span>", iskp);
        Assert.Contains("Pledged allegiance in January 2015.", iskp);
        var isPage = _site.Page("groups/islamic-state/");
        Assert.Contains("<h3>Splinter groups</h3>", isPage);
        Assert.Contains("<a href=\"/base/groups/iskp/\">Islamic State Khorasan</a>", isPage);
        Assert.Contains("<h3>Leader of</h3>", _site.Page("people/shahab-al-muhajir/"));
    }

    [Fact]
    public void Should_draw_the_neighbourhood_as_an_svg_whose_nodes_link_to_their_pages_with_a_text_equivalent()
    {
        // Given
        _site.With("groups/iskp.md", Files.Group("Islamic State Khorasan", extra: Relations("type: splinter-of\nwith: group:islamic-state", "type: rival-of\nwith: group:al-qaeda")));

        // When
        _site.BuildClean();

        // Then the picture has a title, each neighbour is a link with its role, and the same is said in words
        var page = _site.Page("groups/iskp/");
        var svg = page[page.IndexOf("<svg class=\"network-svg\"", StringComparison.Ordinal)..];
        svg = svg[..(svg.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Contains("<title id=\"network-title\">Relations of Islamic State Khorasan</title>", svg);
        Assert.Contains("<a class=\"net-node\" href=\"/base/groups/islamic-state/\"><title>Islamic State — splinter of</title>", svg);
        Assert.Contains("<a class=\"net-node\" href=\"/base/groups/al-qaeda/\"><title>Al-Qaeda — rival of</title>", svg);
        Assert.Contains("<a class=\"net-node net-centre\" href=\"/base/groups/iskp/\">", svg);
        Assert.Contains("The list below says the same in words.", page);
        Assert.Contains("<h3>Rival of</h3>", page);
        Assert.Contains("<h3>Rival of</h3>", _site.Page("groups/al-qaeda/"));
    }

    [Fact]
    public void Should_draw_the_same_picture_on_every_build()
    {
        _site.With("groups/iskp.md", Files.Group("Islamic State Khorasan", extra: Relations("type: splinter-of\nwith: group:islamic-state", "type: rival-of\nwith: group:al-qaeda")));
        _site.BuildClean();
        var first = _site.Page("groups/iskp/");

        _site.BuildClean();

        Assert.Equal(first, _site.Page("groups/iskp/"));
    }

    [Fact]
    public void Should_show_leaders_as_a_dated_timeline_oldest_first()
    {
        _site.With("people/b.md", Files.Person("Second Leader", extra: Relations("type: leader-of\nwith: group:islamic-state\nfrom: 2019-10-31")))
            .With("people/a.md", Files.Person("First Leader", extra: Relations("type: leader-of\nwith: group:islamic-state\nfrom: 2010-05\nto: 2019-10-27")));

        _site.BuildClean();

        var page = _site.Page("groups/islamic-state/");
        var timeline = page[page.IndexOf("<ol class=\"leadership\">", StringComparison.Ordinal)..];
        Assert.Contains("<time datetime=\"2010-05\">May 2010</time> – <time datetime=\"2019-10-27\">27 October 2019</time></span> <a href=\"/base/people/a/\">First Leader</a>", timeline);
        Assert.True(timeline.IndexOf("First Leader", StringComparison.Ordinal) < timeline.IndexOf("Second Leader", StringComparison.Ordinal));
        Assert.Contains("<time datetime=\"2019-10-31\">31 October 2019</time> – present", timeline);
    }

    [Fact]
    public void Should_list_every_relation_on_the_relations_page()
    {
        _site.With("groups/iskp.md", Files.Group("Islamic State Khorasan", extra: Relations("type: splinter-of\nwith: group:islamic-state\nfrom: 2015")))
            .With("countries/pakistan.md", "---\n" + Relations("type: rival-of\nwith: country:india") + "\n---\n");

        _site.BuildClean();

        var page = _site.Page("relations/");
        Assert.Contains("2 relations between groups, people and countries", page);
        Assert.Contains("<th scope=\"row\"><a href=\"/base/groups/iskp/\">Islamic State Khorasan</a></th><td>splinter of</td><td><a href=\"/base/groups/islamic-state/\">Islamic State</a></td><td>since 2015</td>", page);
        Assert.Contains("<a href=\"/base/countries/india/\">India</a>", page);
        Assert.Contains("<h3>Rival of</h3>", _site.Page("countries/india/"));
    }

    [Fact]
    public void Should_report_an_unknown_type_at_its_line_and_column_with_a_suggestion()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter\nwith: group:islamic-state")));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var error = result.Single(DiagnosticCodes.InvalidValue);
        Assert.Equal(new SourceLocation("groups/iskp.md", 5, 11), error.Location);
        Assert.Contains("did you mean 'splinter-of'?", error.Message);
    }

    [Fact]
    public void Should_report_an_unknown_target_at_its_line_and_column_with_a_suggestion()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter-of\nwith: group:islamic-stat")));

        var result = _site.Build();

        var error = result.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal(new SourceLocation("groups/iskp.md", 6, 11), error.Location);
        Assert.Contains("did you mean 'islamic-state'?", error.Message);
    }

    [Fact]
    public void Should_report_a_target_without_its_kind_with_the_form_to_write()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter-of\nwith: islamic-state")));

        var error = _site.Build().Single(DiagnosticCodes.InvalidValue);

        Assert.Equal(new SourceLocation("groups/iskp.md", 6, 11), error.Location);
        Assert.Contains("write it as kind:slug, e.g. 'group:islamic-state'", error.Message);
    }

    [Fact]
    public void Should_report_a_relation_to_itself()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: rival-of\nwith: group:iskp")));

        var error = _site.Build().Single(DiagnosticCodes.RelationToItself);

        Assert.Equal(new SourceLocation("groups/iskp.md", 6, 11), error.Location);
        Assert.Contains("a relation to itself", error.Message);
    }

    [Fact]
    public void Should_report_a_to_date_before_the_from_date()
    {
        _site.With("people/x.md", Files.Person("X", extra: Relations("type: leader-of\nwith: group:islamic-state\nfrom: 2019\nto: 2018-05")));

        var error = _site.Build().Single(DiagnosticCodes.RelationDates);

        Assert.Equal(new SourceLocation("people/x.md", 7, 9), error.Location);
        Assert.Contains("'to' (2018-05) is before 'from' (2019)", error.Message);
    }

    [Fact]
    public void Should_report_the_same_relation_written_twice_and_a_symmetric_one_written_at_both_ends()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter-of\nwith: group:islamic-state", "type: splinter-of\nwith: group:islamic-state", "type: rival-of\nwith: group:al-qaeda")))
            .With("groups/al-qaeda.md", Files.Group("Al-Qaeda", extra: Relations("type: rival-of\nwith: group:iskp")));

        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateRelation).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location == new SourceLocation("groups/iskp.md", 7, 5) && e.Message.Contains("already written at line 5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.Path == "groups/iskp.md" && e.Message.Contains("groups/al-qaeda.md:5", StringComparison.Ordinal) && e.Message.Contains("reads both ways", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_show_a_relations_graded_source_as_a_chip_with_its_meaning_and_report_a_bad_grade()
    {
        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter-of\nwith: group:islamic-state\nsources:\n  - {name: UN Monitoring Team, url: https://example.org/r, date: 2015-07, grade: B2}")));

        _site.BuildClean();

        var chip = "<span class=\"grade\"><span class=\"grade-code\"><span class=\"visually-hidden\">Admiralty grade </span>B2</span> — ";
        Assert.Contains(chip, _site.Page("groups/iskp/"));
        Assert.Contains(chip, _site.Page("groups/islamic-state/"));
        Assert.Contains(chip, _site.Page("relations/"));

        _site.With("groups/iskp.md", Files.Group("ISKP", extra: Relations("type: splinter-of\nwith: group:islamic-state\nsources:\n  - {name: UN, grade: G9}")));
        var error = _site.Build().Single(DiagnosticCodes.InvalidGrade);
        Assert.Equal("groups/iskp.md", error.Location.Path);
        Assert.Equal(8, error.Location.Line);
    }
}
