using Briefings.Building;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;

namespace Briefings.Tests.Golden;

/// <summary>
/// One page per template, built from <c>Golden/Input</c> (a frozen copy of the repository's starter content, so that a
/// content pull request never has to re-bless pages) plus a few files that make the pages it lacks (a redirect, older
/// coverage), compared with the HTML kept in <c>Golden/Pages</c>: a refactor that changes the output shows up as a diff. <c>BRIEFINGS_BLESS=1 dotnet test</c> rewrites the kept pages from what was built, for review.
/// </summary>
public sealed class GoldenPageTests : IClassFixture<GoldenPageTests.GoldenSite>
{
    private readonly GoldenSite _site;

    public GoldenPageTests(GoldenSite site) => _site = site;

    /// <summary>The template, and the page of the site rendered with it.</summary>
    public static TheoryData<string, string> Pages() => new()
    {
        { "home", "index.html" },
        { "list", "articles/index.html" },
        { "directory", "countries/index.html" },
        { "article", "articles/pakistan-russia-concerned-over-growing-is-threat/index.html" },
        { "note", "notes/pakistan-russia-counter-terrorism-track/index.html" },
        { "meeting", "meetings/pakistan-russia-jwg-ct-7/index.html" },
        { "event", "events/golden-event/index.html" },
        { "codebook", "events/codebook/index.html" },
        { "list-events", "events/index.html" },
        { "data-events", "events/events.csv" },
        { "data-events", "events/events.json" },
        { "entity-country", "countries/pakistan/index.html" },
        { "entity-group", "groups/islamic-state/index.html" },
        { "entity-person", "people/sergey-lavrov/index.html" },
        { "entity-topic", "topics/archive/index.html" },
        { "entity-series", "meetings/series/pakistan-russia-jwg-ct/index.html" },
        { "coverage", "topics/archive/page/2/index.html" },
        { "redirect", "2017/old-golden-story.html" },
        { "404", "404.html" },
        { "search", "search/index.html" },
        { "feed", "feed.xml" },
        { "feed-entity", "countries/pakistan/feed.xml" },
        { "entity-related", "groups/golden-splinter/index.html" },
        { "relations", "relations/index.html" },
        { "month", "monthly/2018-03/index.html" },
        { "feed-month", "monthly/2018-03/feed.json" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_render_the_kept_html_When_building_the_golden_site(string template, string path)
    {
        // Given
        var file = Path.Combine(_site.Output, path);
        Assert.True(File.Exists(file), $"no file {path}: {string.Join(", ", Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file) ?? _site.Output).Take(20))}");

        // When
        var actual = Normalised(File.ReadAllText(file));

        // Then
        var kept = Path.Combine(Folder, template + Path.GetExtension(path));
        if (Environment.GetEnvironmentVariable("BRIEFINGS_BLESS") == "1")
        {
            File.WriteAllText(kept, actual);
        }

        Assert.True(File.Exists(kept), $"no kept page {kept}: run BRIEFINGS_BLESS=1 dotnet test to make it");
        Assert.Equal(Normalised(File.ReadAllText(kept)), actual);
    }

    [Fact]
    public void Should_keep_a_page_for_every_template_of_the_theme()
    {
        var templates = Templates.Theme.Default.Files
            .Where(f => f.StartsWith("pages/", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f));
        var kept = Pages().Select(row => ((string)row[0]).Split('-')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(templates, t => Assert.Contains(t, kept));
    }

    private static string Folder => Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Golden", "Pages");

    /// <summary>Line endings as git may check them out; nothing else varies (builds are reproducible).</summary>
    private static string Normalised(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The frozen input, an aliased article, 51 articles on one topic (its coverage runs to a second page), an event, a group with relations and a month, built once.</summary>
    public sealed class GoldenSite : IDisposable
    {
        private readonly TestSite _site = new();

        public GoldenSite()
        {
            var input = Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Golden", "Input");
            foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
            {
                _site.With(Path.GetRelativePath(input, file).Replace('\\', '/'), File.ReadAllText(file));
            }

            for (var i = 1; i <= 51; i++)
            {
                var extra = i == 1 ? "topics: [archive]\naliases: ['/2017/old-golden-story.html']" : "topics: [archive]";
                _site.With($"articles/2017/golden-{i:00}.md", Files.Article($"Golden story {i:00}", date: $"2017-{1 + (i % 12):00}-{1 + (i % 28):00}", extra: extra));
            }

            // A fictional event (this is a temporary folder, not input/): its page, the codebook, the list and the downloads
            _site.With("events/2018/golden-event.md", """
                ---
                title: "Golden event: =a test of cells"
                date: 2018-02-20
                type: statement
                country: pakistan
                countries: [russia]
                groups: [islamic-state]
                claimed_by: [islamic-state]
                summary: A fictional event for the golden pages.
                location: Islamabad
                coordinates: [33.69, 73.06]
                fatalities: 0
                status: claimed
                sources:
                  - {name: Golden Wire, url: "https://example.com/wire", date: 2018-02-21, grade: C3}
                articles: [pakistan-russia-concerned-over-growing-is-threat]
                ---
                What the golden sources say.
                """);

            // A fictional group with relations and a month of trends (fixtures: the real input/ has none yet)
            _site.With("groups/golden-splinter.md", Files.Group("Golden Splinter", extra: "relations:\n  - {type: splinter-of, with: group:islamic-state, from: 2016-05, sources: [{name: Golden Monitor, url: https://example.org/gm, date: 2016-06, grade: C3}]}\n  - {type: rival-of, with: group:nato}"))
                .With("months/2018-03.md", "---\nentries:\n  - entity: country:pakistan\n    trend: deteriorated\n    alert: risk\n    text: A fictional golden entry; see [[group:islamic-state]].\n  - entity: group:golden-splinter\n    trend: unchanged\n    text: Quiet.\n---\nA fictional overview of the month.\n");
            var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { BaseUrl = "https://example.org/briefings/", Search = false }).Build();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public string Output => _site.Output;

        public void Dispose() => _site.Dispose();
    }
}
