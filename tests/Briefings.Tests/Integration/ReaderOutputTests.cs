using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>What readers and their tools get besides pages: feeds, sitemap, robots.txt, 404, metadata, charts.</summary>
public sealed partial class ReaderOutputTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly TestSite _site = new TestSite()
        .With("articles/2018/first.md", Files.Article("First <story>", "2018-03", "countries: [pakistan]\ngroups: [islamic-state]\ntopics: [energy]\nmeetings: [m1]"))
        .With("articles/2019/second.md", Files.Article("Second story", "2019-11-14", "countries: [pakistan, russia]"))
        .With("notes/view.md", Files.Note("A view", "2019-12", "about: [first]\ncountries: [pakistan]"))
        .With("meetings/m1.md", Files.Meeting("Talks 1", "2018-03-21", "countries: [pakistan]\nseries: talks\nnumber: 1"))
        .With("groups/islamic-state.md", Files.Group("Islamic State"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_an_atom_feed_per_covered_entity_with_absolute_stable_ids_and_content_dates()
    {
        _site.BuildClean();

        var feed = XDocument.Load(Path.Combine(_site.Output, "countries/pakistan/feed.xml")).Root!;
        Assert.Equal("https://example.org/base/countries/pakistan/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2019-12-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(
            ["https://example.org/base/notes/view/", "https://example.org/base/articles/second/", "https://example.org/base/meetings/m1/", "https://example.org/base/articles/first/"],
            ids);
        var meeting = XDocument.Load(Path.Combine(_site.Output, "meetings/m1/feed.xml")).Root!;
        Assert.Equal("Talks 1 · Test Briefings", meeting.Element(Atom + "title")!.Value);
        Assert.Equal(["https://example.org/base/articles/first/"], meeting.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.Contains(feed.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value == "First <story>");
        foreach (var path in new[] { "feed.xml", "groups/islamic-state/feed.xml", "topics/energy/feed.xml", "meetings/series/talks/feed.xml" })
        {
            Assert.True(File.Exists(Path.Combine(_site.Output, path)), $"missing {path}");
        }

        Assert.False(File.Exists(Path.Combine(_site.Output, "countries/zimbabwe/feed.xml")));
        var uncovered = _site.Page("countries/zimbabwe/");
        Assert.Contains("Nothing references this yet.", uncovered);
        Assert.DoesNotContain("<p class=\"meta\">No coverage yet.</p>", uncovered); // said once, in the coverage section
        Assert.DoesNotContain("Atom feed", uncovered);
    }

    [Fact]
    public void Should_link_each_page_to_its_feed()
    {
        _site.BuildClean();

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Pakistan · Test Briefings\" href=\"/base/countries/pakistan/feed.xml\">", _site.Page("countries/pakistan/"));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Briefings\" href=\"/base/feed.xml\">", _site.Page(""));
        Assert.Contains("<a href=\"/base/meetings/m1/feed.xml\">Atom feed</a>", _site.Page("meetings/m1/"));
    }

    [Fact]
    public void Should_list_every_page_in_the_sitemap_with_lastmod_only_for_dates_known_to_the_day()
    {
        _site.BuildClean();

        var urls = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Root!.Elements(SitemapNs + "url").ToList();
        var pages = Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, urls.Count);
        string? Lastmod(string loc) => urls.Single(u => u.Element(SitemapNs + "loc")!.Value == loc).Element(SitemapNs + "lastmod")?.Value;
        Assert.Equal("2019-11-14", Lastmod("https://example.org/base/articles/second/"));
        Assert.Null(Lastmod("https://example.org/base/articles/first/"));
        Assert.Contains("Sitemap: https://example.org/base/sitemap.xml", File.ReadAllText(Path.Combine(_site.Output, "robots.txt")));
    }

    [Fact]
    public void Should_write_a_404_page_whose_links_work_at_any_depth()
    {
        _site.BuildClean();

        var html = File.ReadAllText(Path.Combine(_site.Output, "404.html"));
        Assert.Contains("Page not found", html);
        Assert.Contains("<a href=\"/base/search/\">Search</a>", html);
        Assert.Contains("<a href=\"/base/countries/\">Countries</a>", html);
        Assert.All(SiteLinks.Hrefs(html).Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith('#')), h => Assert.StartsWith("/base/", h));
    }

    [Fact]
    public void Should_give_each_page_a_canonical_url_a_description_open_graph_tags_and_valid_json_ld()
    {
        _site.BuildClean();

        var page = _site.Page("articles/second/");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/base/articles/second/\">", page);
        Assert.Contains("<meta name=\"description\" content=\"Summary of Second story.\">", page);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", page);
        var json = JsonDocument.Parse(JsonLd().Match(page).Groups[1].Value).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("2019-11-14", json.GetProperty("datePublished").GetString());
        Assert.Equal("Event", JsonDocument.Parse(JsonLd().Match(_site.Page("meetings/m1/")).Groups[1].Value).RootElement.GetProperty("@type").GetString());
        Assert.Equal("Country", JsonDocument.Parse(JsonLd().Match(_site.Page("countries/pakistan/")).Groups[1].Value).RootElement.GetProperty("@type").GetString());
        Assert.Equal("Organization", JsonDocument.Parse(JsonLd().Match(_site.Page("groups/islamic-state/")).Groups[1].Value).RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Should_keep_content_inside_json_ld_from_closing_the_script_element()
    {
        _site.With("articles/2018/evil.md", Files.Article("</script><script>alert(1)</script>"));

        _site.BuildClean();

        var page = _site.Page("articles/evil/");
        Assert.DoesNotContain("</script><script>alert(1)", page);
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(JsonLd().Match(page).Groups[1].Value).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Should_chart_coverage_per_year_with_an_accessible_title_and_a_table_of_the_same_numbers()
    {
        _site.With("articles/2017/early.md", Files.Article("Early story", "2017-05", "countries: [pakistan]"));

        _site.BuildClean();

        var page = _site.Page("countries/pakistan/");
        Assert.Contains("<svg class=\"chart-svg\"", page);
        Assert.Contains("<tr><th scope=\"row\">2017</th><td>1</td></tr>", page);
        Assert.Contains("<title id=\"coverage-chart-title\">Coverage of Pakistan per year</title>", page);
        Assert.Contains("<tr><th scope=\"row\">2018</th><td>2</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">2019</th><td>2</td></tr>", page);
    }

    [Fact]
    public void Should_rank_the_most_covered_countries_of_the_last_twelve_months_of_content_on_the_home_page()
    {
        _site.With("articles/2019/third.md", Files.Article("Third story", "2019-10-01", "countries: [afghanistan]"));

        _site.BuildClean();

        var home = _site.Page("");
        Assert.Contains("Most covered countries in the twelve months to December 2019", home);
        Assert.Contains("<tr><th scope=\"row\"><a href=\"/base/countries/pakistan/\">Pakistan</a></th><td>2</td></tr>", home);
    }

    [Fact]
    public void Should_list_every_meeting_series_with_its_number_of_meetings_at_meetings_series()
    {
        _site.BuildClean();

        var index = _site.Page("meetings/series/");
        Assert.Contains("<h1>Meeting series</h1>", index);
        Assert.Contains("<a href=\"/base/meetings/series/talks/\">", index);
        Assert.Contains("<span class=\"count\">(1)</span>", index);
    }

    [Fact]
    public void Should_draw_no_chart_of_two_bars_or_fewer_and_keep_the_counts_as_text()
    {
        // Given Pakistan covered in two years, and two countries covered in the last twelve months
        _site.BuildClean();

        // Then neither is a chart; the coverage timeline and the ranking's links still give the numbers
        var country = _site.Page("countries/pakistan/");
        var home = _site.Page("");
        Assert.DoesNotContain("<svg class=\"chart-svg\"", country);
        Assert.Contains("<h3>2019 <span class=\"count\">(2)</span></h3>", country);
        Assert.DoesNotContain("<svg class=\"chart-svg\"", home);
        Assert.Contains("<a href=\"/base/countries/pakistan/\">Pakistan</a> <span class=\"count\">(2)</span>", home);
    }

    [Fact]
    public void Should_leave_out_feeds_and_sitemap_with_a_warning_When_the_site_address_is_unknown()
    {
        _site.With("site.yml", "title: No address\n");

        var result = _site.BuildClean();

        Assert.False(File.Exists(Path.Combine(_site.Output, "sitemap.xml")));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Message.Contains("feeds, sitemap and canonical links are left out", StringComparison.Ordinal));
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
