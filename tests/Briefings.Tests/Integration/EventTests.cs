using System.Text;
using System.Text.Json;
using Briefings.Diagnostics;
using Briefings.Output.Events;
using Briefings.Tests.Support;
using nietras.SeparatedValues;

namespace Briefings.Tests.Integration;

/// <summary>Events as a reader and a data user meet them: pages, filters, timelines, downloads and every bad value located.</summary>
public sealed class EventTests
{
    private const string Attack = """
        ---
        title: Bus attacked near Dasu
        date: 2021-07-14
        type: attack
        country: pakistan
        summary: A bus carrying engineers was attacked.
        location: Dasu, Khyber Pakhtunkhwa
        coordinates: [35.29, 73.29]
        precision: near
        groups: [ttp]
        countries: [china]
        claimed_by: [ttp]
        people: [some-official]
        fatalities: 13
        injured: 28
        status: claimed
        sources:
          - name: Dawn
            url: https://www.dawn.com/news/1
            date: 2021-07-14
            grade: B2
          - name: Wire
        articles: [dasu-report]
        ---
        What the sources say.
        """;

    private const string Exercise = """
        ---
        title: Joint exercise held
        date: 2020-09
        type: exercise
        country: russia
        countries: [pakistan]
        summary: A joint exercise.
        status: disputed
        ---
        """;

    private static TestSite Site() => new TestSite()
        .With("groups/ttp.md", Files.Group("Tehrik-i-Taliban Pakistan"))
        .With("groups/un.md", Files.Group("United Nations", "international-organization"))
        .With("people/some-official.md", Files.Person("Some Official"))
        .With("articles/2021/dasu-report.md", Files.Article("Dasu report", "2021-07-15"))
        .With("articles/2021/later-report.md", Files.Article("Later report", "2021-07-20", "events: [dasu-attack]"))
        .With("events/2021/dasu-attack.md", Attack)
        .With("events/2020/joint-exercise.md", Exercise);

    [Fact]
    public void Should_show_what_when_where_who_casualties_status_sources_and_reports_on_the_event_page()
    {
        // Given
        using var site = Site();

        // When
        site.BuildClean();

        // Then
        var page = site.Page("events/dasu-attack/");
        Assert.Contains("<h1>Bus attacked near Dasu</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Status:</strong> Claimed by Tehrik-i-Taliban Pakistan; not independently confirmed.", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Killed</dt>\n  <dd>13</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Injured</dt>\n  <dd>28</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Dasu, Khyber Pakhtunkhwa</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>near the place given</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>35.29° N, 73.29° E</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.dawn.com/news/1\">Dawn</a>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Admiralty grade </span>B2</span> — usually reliable, probably true", page, StringComparison.Ordinal);
        Assert.Contains("<li>Wire</li>", page, StringComparison.Ordinal);
        Assert.Contains("/base/articles/dasu-report/", page, StringComparison.Ordinal);
        Assert.Contains("/base/articles/later-report/", page, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-filter=\"type[data-filter]\" data-filter=\"Attack\"", page, StringComparison.Ordinal);
        Assert.Contains("/base/people/some-official/", page, StringComparison.Ordinal);
        Assert.Contains("Disputed: the sources disagree about what happened.", site.Page("events/joint-exercise/"), StringComparison.Ordinal);
        Assert.Contains("Events it reports", site.Page("articles/later-report/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_draw_each_event_on_the_map_of_its_page_and_of_its_countrys_page_by_precision()
    {
        // Given an attack known to be near a place (a ring) and an exercise known only by its country (the country shaded)
        using var site = Site();

        // When
        site.BuildClean();

        // Then the event page's map rings the place, links it to the event, and shades no country for it
        var attack = site.Page("events/dasu-attack/");
        Assert.Matches("<section class=\"event-map\"[^>]*>\\s*<h2 id=\"where\">Where</h2>", attack);
        Assert.Matches("<a href=\"/base/events/dasu-attack/\" aria-label=\"Bus attacked near Dasu\"><circle class=\"halo ring-halo\"[^>]*></circle><circle class=\"ring\"", attack);
        Assert.Contains("Bus attacked near Dasu</a></th><td>near the place marked</td>", attack, StringComparison.Ordinal);
        Assert.DoesNotContain("point-country", attack, StringComparison.Ordinal);

        // And the exercise's page shades Russia for it; Pakistan's page rings the attack, Russia's shades itself for the exercise
        Assert.Contains("<a href=\"/base/events/joint-exercise/\" aria-label=\"Joint exercise held\"><path class=\"point-country\"", site.Page("events/joint-exercise/"), StringComparison.Ordinal);
        Assert.Matches("aria-label=\"Bus attacked near Dasu\"><circle class=\"halo ring-halo\"", site.Page("countries/pakistan/"));
        Assert.Contains("aria-label=\"Joint exercise held\"><path class=\"point-country\"", site.Page("countries/russia/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Joint exercise held\"", site.Page("countries/pakistan/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_put_events_on_the_timeline_and_in_the_feed_of_every_entity_they_name_with_counts_per_type()
    {
        // Given
        using var site = Site();

        // When
        site.BuildClean();

        // Then: the country where it happened, actor country, group (actor and claimant), person
        foreach (var path in new[] { "countries/pakistan/", "countries/china/", "groups/ttp/", "people/some-official/" })
        {
            var page = site.Page(path);
            Assert.Contains("/base/events/dasu-attack/", page, StringComparison.Ordinal);
            Assert.Contains("Events by type", page, StringComparison.Ordinal);
            Assert.Contains(path + "feed.xml", string.Join(" ", Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))), StringComparison.Ordinal);
            Assert.Contains("Bus attacked near Dasu", File.ReadAllText(Path.Combine(site.Output, path, "feed.xml")), StringComparison.Ordinal);
        }

        var pakistan = site.Page("countries/pakistan/");
        Assert.Contains("<dd>1 attack, 1 exercise</dd>", pakistan, StringComparison.Ordinal);
        Assert.Contains("/base/countries/pakistan/events.csv", pakistan, StringComparison.Ordinal);
        Assert.Contains("1 event", site.Page("groups/ttp/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_events_by_type_country_group_and_year_on_static_pages()
    {
        // Given
        using var site = Site();

        // When
        site.BuildClean();

        // Then
        var index = site.Page("events/");
        foreach (var link in new[] { "events/types/attack/", "events/types/exercise/", "events/countries/pakistan/", "events/countries/russia/", "events/groups/ttp/", "events/years/2021/", "events/years/2020/", "events/codebook/", "events/events.csv", "events/events.json" })
        {
            Assert.Contains($"href=\"/base/{link}\"", index, StringComparison.Ordinal);
        }

        Assert.Contains("Bus attacked near Dasu", site.Page("events/types/attack/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Joint exercise held", site.Page("events/types/attack/"), StringComparison.Ordinal);
        Assert.Contains("Joint exercise held", site.Page("events/countries/pakistan/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bus attacked near Dasu", site.Page("events/countries/russia/"), StringComparison.Ordinal);
        Assert.Contains("Bus attacked near Dasu", site.Page("events/groups/ttp/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bus attacked near Dasu", site.Page("events/years/2020/"), StringComparison.Ordinal);
        Assert.False(site.HasPage("events/types/arrest/"));
    }

    [Fact]
    public void Should_document_every_column_and_every_event_type_in_the_codebook_including_the_sites_own()
    {
        // Given
        using var site = Site();
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "event_types:\n  kidnapping:\n    title: Kidnapping\n    definition: A person is abducted and held.\n");
        site.With("events/2021/taken.md", "---\ntitle: Taken\ndate: 2021\ntype: kidnapping\ncountry: pakistan\nsummary: Someone was taken.\n---\n");

        // When
        site.BuildClean();

        // Then
        var codebook = site.Page("events/codebook/");
        foreach (var column in EventExport.Columns)
        {
            Assert.Contains($"<code>{column.Name}</code>", codebook, StringComparison.Ordinal);
        }

        foreach (var type in new[] { "attack", "clash", "arrest", "exercise", "agreement", "statement", "sanction", "visit", "other", "kidnapping" })
        {
            Assert.Contains($"id=\"type-{type}\"", codebook, StringComparison.Ordinal);
        }

        Assert.Contains("A person is abducted and held.", codebook, StringComparison.Ordinal);
        Assert.Contains("Event · Kidnapping", site.Page("events/types/kidnapping/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_export_events_as_csv_and_json_that_read_back_as_written()
    {
        // Given
        using var site = Site();

        // When
        site.BuildClean();

        // Then: CSV, read with a CSV reader
        var csv = File.ReadAllText(Path.Combine(site.Output, "events", "events.csv"), Encoding.UTF8);
        Assert.StartsWith("slug,title,date,date_precision,type,country,location,latitude,longitude,precision,groups,countries,claimed_by,people,fatalities,injured,status,sources,url\r\n", csv, StringComparison.Ordinal);
        var rows = ReadCsv(csv);
        Assert.Equal(["dasu-attack", "joint-exercise"], rows.Select(r => r["slug"]));
        var attack = rows[0];
        Assert.Equal("Bus attacked near Dasu", attack["title"]);
        Assert.Equal("2021-07-14", attack["date"]);
        Assert.Equal("day", attack["date_precision"]);
        Assert.Equal("attack", attack["type"]);
        Assert.Equal("pakistan", attack["country"]);
        Assert.Equal("Dasu, Khyber Pakhtunkhwa", attack["location"]);
        Assert.Equal("35.29", attack["latitude"]);
        Assert.Equal("73.29", attack["longitude"]);
        Assert.Equal("near", attack["precision"]);
        Assert.Equal("ttp", attack["groups"]);
        Assert.Equal("china", attack["countries"]);
        Assert.Equal("ttp", attack["claimed_by"]);
        Assert.Equal("some-official", attack["people"]);
        Assert.Equal("13", attack["fatalities"]);
        Assert.Equal("28", attack["injured"]);
        Assert.Equal("claimed", attack["status"]);
        Assert.Equal("Dawn <https://www.dawn.com/news/1>; Wire", attack["sources"]);
        Assert.Equal("https://example.org/base/events/dasu-attack/", attack["url"]);
        Assert.Equal("month", rows[1]["date_precision"]);
        Assert.Equal("", rows[1]["latitude"]);
        Assert.Equal("country", rows[1]["precision"]);

        // JSON, read with System.Text.Json: the same keys in the same order, arrays and numbers
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "events", "events.json")));
        var first = json.RootElement[0];
        Assert.Equal(EventExport.Columns.Select(c => c.Name), first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(35.29, first.GetProperty("latitude").GetDouble());
        Assert.Equal(13, first.GetProperty("fatalities").GetInt32());
        Assert.Equal(["ttp"], first.GetProperty("claimed_by").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("B2", first.GetProperty("sources")[0].GetProperty("grade").GetString());
        Assert.Equal("2021-07-14", first.GetProperty("sources")[0].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("sources")[1].GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement[1].GetProperty("fatalities").ValueKind);

        // Per country and group: the events that name it
        Assert.Equal(["dasu-attack", "joint-exercise"], ReadCsv(File.ReadAllText(Path.Combine(site.Output, "countries", "pakistan", "events.csv"))).Select(r => r["slug"]));
        Assert.Equal(["dasu-attack"], ReadCsv(File.ReadAllText(Path.Combine(site.Output, "groups", "ttp", "events.csv"))).Select(r => r["slug"]));
        using var russia = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "countries", "russia", "events.json")));
        Assert.Equal("joint-exercise", Assert.Single(russia.RootElement.EnumerateArray()).GetProperty("slug").GetString());
        Assert.False(File.Exists(Path.Combine(site.Output, "countries", "india", "events.csv")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)")]
    public void Should_neutralise_formula_cells_in_title_location_and_source_names_but_keep_negative_numbers(string hostile)
    {
        // Given
        var quoted = "\"" + hostile.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        using var site = new TestSite().With("events/2021/hostile.md", $"""
            ---
            title: {quoted}
            date: 2021
            type: other
            country: south-africa
            summary: Hostile cells.
            location: {quoted}
            coordinates: [-33.92, -18.42]
            sources:
              - name: {quoted}
            ---
            """);

        // When
        site.BuildClean();

        // Then
        var row = Assert.Single(ReadCsv(File.ReadAllText(Path.Combine(site.Output, "events", "events.csv"))));
        Assert.Equal("'" + hostile, row["title"]);
        Assert.Equal("'" + hostile, row["location"]);
        Assert.Equal("'" + hostile, row["sources"]);
        Assert.Equal("-33.92", row["latitude"]);
        Assert.Equal("-18.42", row["longitude"]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "events", "events.json")));
        Assert.Equal(hostile, json.RootElement[0].GetProperty("title").GetString());
        Assert.Equal(-33.92, json.RootElement[0].GetProperty("latitude").GetDouble());
    }

    [Theory]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("=1", "'=1")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Should_prefix_a_quote_to_cells_that_start_like_a_formula(string cell, string expected) =>
        Assert.Equal(expected, EventExport.Neutralised(cell));

    [Fact]
    public void Should_locate_every_bad_value_of_an_event_with_a_suggestion()
    {
        // Given
        using var site = new TestSite()
            .With("groups/un.md", Files.Group("United Nations", "international-organization"))
            .With("events/2021/bad.md", """
            ---
            title: Bad
            date: 2021
            type: atack
            country: pakistn
            summary: Bad values.
            coordinates: [95, 73]
            claimed_by: [un]
            fatalities: -3
            injured: 2.5
            sources:
              - name: X
                grade: b7
            ---
            """)
            .With("events/2021/far-east.md", "---\ntitle: Far\ndate: 2021\ntype: other\ncountry: fiji\nsummary: x\ncoordinates: [-17, 181]\n---\n")
            .With("events/2021/exact.md", "---\ntitle: Exact\ndate: 2021\ntype: other\ncountry: fiji\nsummary: x\nprecision: exact\n---\n");

        // When
        var result = site.Build();

        // Then
        Assert.False(result.Succeeded);
        var d = result.Diagnostics;
        AssertAt(d, DiagnosticCodes.InvalidValue, "bad.md", 4, 7, "did you mean 'attack'?");
        AssertAt(d, DiagnosticCodes.UnknownReference, "bad.md", 5, 10, "did you mean 'pakistan'?");
        AssertAt(d, DiagnosticCodes.InvalidCoordinates, "bad.md", 7, 15, "latitude 95 is outside −90…90");
        AssertAt(d, DiagnosticCodes.NotMilitant, "bad.md", 8, 14, "not a militant group");
        AssertAt(d, DiagnosticCodes.InvalidCount, "bad.md", 9, 13, "cannot be negative");
        AssertAt(d, DiagnosticCodes.InvalidCount, "bad.md", 10, 10, "did you mean 2?");
        AssertAt(d, DiagnosticCodes.InvalidGrade, "bad.md", 13, 12, "for example 'B2'");
        AssertAt(d, DiagnosticCodes.InvalidCoordinates, "far-east.md", 7, 20, "longitude 181 is outside −180…180");
        AssertAt(d, DiagnosticCodes.InvalidCoordinates, "exact.md", 7, 12, "'precision: exact' needs 'coordinates: [lat, lon]'");
        Assert.Equal(Severity.Warning, d.Single(x => x.Code == DiagnosticCodes.NotMilitant).Severity);
    }

    [Fact]
    public void Should_refuse_an_event_slug_that_the_events_own_pages_use()
    {
        // Given
        using var site = new TestSite().With("events/2021/codebook.md", "---\ntitle: C\ndate: 2021\ntype: other\ncountry: fiji\nsummary: x\n---\n");

        // When
        var result = site.Build();

        // Then
        Assert.Contains(result.Diagnostics, x => x.Code == DiagnosticCodes.InvalidSlug && x.Location.Path.EndsWith("codebook.md", StringComparison.Ordinal));
    }

    private static void AssertAt(IReadOnlyList<Diagnostic> diagnostics, string code, string file, int line, int column, string text)
    {
        var found = diagnostics.Where(x => x.Code == code && x.Location.Path.EndsWith(file, StringComparison.Ordinal)
            && x.Message.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"no single {code} in {file} saying '{text}':\n{string.Join("\n", diagnostics)}");
        Assert.Equal((line, column), (found[0].Location.Line, found[0].Location.Column));
    }

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                cells[name] = row[name].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
