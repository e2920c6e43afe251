using System.Text.Json;
using System.Xml.Linq;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Relations;

/// <summary>Monthly briefings: trend entries checked where written, a page per month with content, feeds, entity trend strips.</summary>
public sealed class MonthlyTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/iskp.md", Files.Group("Islamic State Khorasan"))
        .With("articles/2019/attack.md", Files.Article("Attack in November", date: "2019-11-12", extra: "countries: [pakistan]"))
        .With("articles/2019/later.md", Files.Article("December report", date: "2019-12-03"))
        .With("notes/assessment.md", Files.Note("November assessment", date: "2019-11-20"))
        .With("months/2019-10.md", Month("  - entity: country:pakistan\n    trend: improved\n    text: Quieter.", "October overview."))
        .With("months/2019-11.md", Month(
            "  - entity: country:pakistan\n    trend: deteriorated\n    alert: risk\n    text: Attacks rose; see [[group:iskp]].\n    sources:\n      - {name: Monitor, url: https://example.org/m, grade: B2}\n"
            + "  - entity: group:iskp\n    trend: improved\n    text: Fewer claims.\n"
            + "  - entity: country:india\n    trend: unchanged\n    text: Steady.",
            "The month in **brief**."));

    public void Dispose() => _site.Dispose();

    private static string Month(string entries, string body) => $"---\nentries:\n{entries}\n---\n{body}\n";

    [Fact]
    public void Should_make_a_month_page_with_overview_trends_by_direction_the_months_records_and_previous_and_next()
    {
        _site.BuildClean();

        var page = _site.Page("monthly/2019-11/");
        Assert.Contains("<h1>Monthly briefing: November 2019</h1>", page);
        Assert.Contains("The month in <strong>brief</strong>.", page);
        int At(string s) => page.IndexOf(s, StringComparison.Ordinal);
        Assert.True(At("id=\"overview\"") < At("Deteriorated</h3>") && At("Deteriorated</h3>") < At("Improved</h3>") && At("Improved</h3>") < At("Unchanged</h3>"));
        Assert.Contains("aria-hidden=\"true\" focusable=\"false\"", page);
        Assert.Contains("<li id=\"country-pakistan\"><a href=\"/base/countries/pakistan/\">Pakistan</a> <span class=\"alert\">Risk alert</span>: Attacks rose; see <a href=\"/base/groups/iskp/\" class=\"wikilink\">Islamic State Khorasan</a>.", page);
        Assert.Contains("B2</span> — usually reliable, probably true", page);
        Assert.True(At("id=\"month-articles\"") > At("Unchanged</h3>"));
        Assert.Contains("Attack in November", page);
        Assert.Contains("November assessment", page);
        Assert.DoesNotContain("December report", page);
        Assert.Contains("<a rel=\"prev\" href=\"/base/monthly/2019-10/\">← October 2019</a>", page);
        Assert.Contains("<a rel=\"next\" href=\"/base/monthly/2019-12/\">December 2019 →</a>", page);

        // A month with records but no briefing file has a page too, and the index lists every month
        Assert.Contains("December report", _site.Page("monthly/2019-12/"));
        var index = _site.Page("monthly/");
        Assert.Contains("<a href=\"/base/monthly/2019-11/\">November 2019</a> <span class=\"detail\">1 deteriorated · 1 improved · 1 unchanged · 2 items</span>", index);
        Assert.Contains("<a href=\"/base/monthly/2019-10/\">October 2019</a>", index);
    }

    [Fact]
    public void Should_give_each_month_an_atom_feed_and_a_json_feed_1_1()
    {
        _site.BuildClean();

        var atom = XDocument.Load(Path.Combine(_site.Output, "monthly/2019-11/feed.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var titles = atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "title")!.Value).ToList();
        Assert.Contains("Pakistan: deteriorated", titles);
        Assert.Contains("Attack in November", titles);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "monthly/2019-11/feed.json")));
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://example.org/base/monthly/2019-11/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(titles.Count, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("id").GetString())));
        Assert.Contains(items, i => i.GetProperty("title").GetString() == "Islamic State Khorasan: improved");
        Assert.Contains("href=\"/base/monthly/2019-11/feed.json\"", _site.Page("monthly/2019-11/"));
    }

    [Fact]
    public void Should_give_a_trend_entrys_text_in_the_feeds_as_plain_text_with_wiki_links_as_names()
    {
        _site.BuildClean();

        // Written "Attacks rose; see [[group:iskp]]." in Markdown: readers get the words, not the markup.
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "monthly/2019-11/feed.json")));
        var pakistan = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Pakistan: deteriorated");
        Assert.Equal("Attacks rose; see Islamic State Khorasan.", pakistan.GetProperty("content_text").GetString());

        var atom = XDocument.Load(Path.Combine(_site.Output, "monthly/2019-11/feed.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = atom.Root!.Elements(ns + "entry").Single(e => e.Element(ns + "title")!.Value == "Pakistan: deteriorated");
        Assert.Equal("Attacks rose; see Islamic State Khorasan.", entry.Element(ns + "summary")!.Value);
    }

    [Fact]
    public void Should_show_an_entitys_latest_trend_and_a_strip_of_past_arrows_as_svg_and_text()
    {
        _site.BuildClean();

        var page = _site.Page("countries/pakistan/");
        Assert.Contains("<strong>Deteriorated</strong> in <a href=\"/base/monthly/2019-11/\">November 2019</a> <span class=\"alert\">Risk alert</span>", page);
        Assert.Contains("<svg class=\"trend-strip\"", page);
        Assert.Contains("<a href=\"/base/monthly/2019-10/\"><title>October 2019: improved</title>", page);
        Assert.Contains("<a href=\"/base/monthly/2019-11/\"><title>November 2019: deteriorated</title>", page);
        Assert.Contains("<li><a href=\"/base/monthly/2019-10/\">October 2019</a>: improved</li>", page);
        Assert.Contains("<li><a href=\"/base/monthly/2019-11/\">November 2019</a>: deteriorated (risk alert)</li>", page);
        Assert.Contains("<strong>Improved</strong> in", _site.Page("groups/iskp/"));
    }

    [Fact]
    public void Should_report_a_month_file_that_is_not_named_after_a_month()
    {
        _site.With("months/november.md", Month("  - entity: country:india\n    trend: unchanged\n    text: x", ""));

        var error = _site.Build().Single(DiagnosticCodes.BadMonthFile);

        Assert.Equal(new SourceLocation("months/november.md", 1, 1), error.Location);
    }

    [Fact]
    public void Should_report_an_unknown_entity_at_its_place_with_a_suggestion()
    {
        _site.With("months/2019-12.md", Month("  - entity: group:iskp\n    trend: improved\n    text: x\n  - entity: country:pakistn\n    trend: deteriorated\n    text: x", ""));

        var unknown = _site.Build().Single(DiagnosticCodes.UnknownReference);

        Assert.Equal(new SourceLocation("months/2019-12.md", 6, 13), unknown.Location);
        Assert.Contains("did you mean 'pakistan'?", unknown.Message);
    }

    [Fact]
    public void Should_report_a_bad_trend_at_its_place_with_the_words_to_use()
    {
        _site.With("months/2019-12.md", Month("  - entity: country:pakistan\n    trend: worse\n    text: x", ""));

        var trend = _site.Build().Single(DiagnosticCodes.InvalidValue);

        Assert.Equal(new SourceLocation("months/2019-12.md", 4, 12), trend.Location);
        Assert.Contains("'deteriorated', 'improved', 'unchanged'", trend.Message);
    }

    [Fact]
    public void Should_report_an_entity_with_two_entries_in_one_month()
    {
        _site.With("months/2019-12.md", Month("  - entity: group:iskp\n    trend: improved\n    text: x\n  - entity: group:iskp\n    trend: deteriorated\n    text: y", ""));

        var error = _site.Build().Single(DiagnosticCodes.DuplicateReference);

        Assert.Equal(new SourceLocation("months/2019-12.md", 6, 13), error.Location);
        Assert.Contains("already at line 3", error.Message);
    }
}
