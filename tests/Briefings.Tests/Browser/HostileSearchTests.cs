using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// Names and titles a contributor writes reach Pagefind's search filters, which its UI shows as HTML: on the search
/// page they must stay text — no element of theirs, no navigation elsewhere.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileSearchTests(BrowserSite browser) : IDisposable
{
    private const string Refresh = "Meta<meta http-equiv=\"refresh\" content=\"0;url=https://example.net/\">";
    private const string Image = "Ivan <img src=\"https://example.net/x.png\" id=\"injected-img\">";
    private const string Encoded = "Talks &lt;b id=\"injected-b\"&gt;bold&lt;/b&gt; &amp; more";
    private const string Frame = "<iframe id=\"injected-frame\" src=\"https://example.net/\"></iframe>Threats & risks";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [SearchFact]
    public async Task Should_show_contributor_names_in_the_search_filters_as_text_and_stay_on_the_page()
    {
        // Given a group, a person, a meeting and a topic whose names carry markup, on an article that search finds
        _site
            .With("site.yml", $"title: Test Briefings\nbase_url: https://example.org/base/\ntopics:\n  threats: {Quote(Frame)}\n")
            .With("groups/meta.md", $"---\nname: {Quote(Refresh)}\nkind: militant\nsummary: A group.\n---\n")
            .With("people/ivan.md", $"---\nname: {Quote(Image)}\nsummary: A person.\n---\n")
            .With("meetings/talks.md", $"---\ntitle: {Quote(Encoded)}\ndate: 2018-03\nsummary: Talks.\n---\n")
            .With("articles/2018/a.md", "---\ntitle: Zanzibarian report\ndate: 2018-03-21\nsource:\n  name: Example\n  url: https://example.org/a\n"
                + "summary: A report.\ncountries: [pakistan]\ngroups: [meta]\npeople: [ivan]\nmeetings: [talks]\ntopics: [threats]\n---\n"
                + "Zanzibarian words, with <img src=\"https://example.net/y.png\" id=\"injected-body\"> as text.\n");
        LinkPagefind();
        var result = _site.BuildClean();
        Assert.StartsWith("search: indexed", result.SearchStatus);
        using var server = new StaticServer(_site.Output, TestSite.BasePath);

        // When a reader searches and opens every filter group
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var left = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame && !frame.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal))
            {
                left.Add(frame.Url);
            }
        };
        await page.Context.RouteAsync("https://example.net/**", route => route.AbortAsync());
        await page.GotoAsync(server.BaseUrl + "search/?q=zanzibarian");
        await page.Locator(".pagefind-ui__result-link").First.WaitForAsync(new() { Timeout = 15_000 });
        var groups = page.Locator(".pagefind-ui__filter-name");
        await Assertions.Expect(groups).ToContainTextAsync(["Group", "Meeting", "Person", "Topic"], new() { IgnoreCase = true, Timeout = 15_000 });
        foreach (var group in await groups.AllAsync())
        {
            await group.ClickAsync();
        }

        await page.WaitForTimeoutAsync(1000);

        // Then the labels read exactly as written, nothing of them became an element, and the page did not move
        var labels = await page.Locator(".pagefind-ui__filter-label").AllInnerTextsAsync();
        var shown = string.Join("\n", labels);
        Assert.Contains(labels, l => l.StartsWith(Refresh, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith(Image, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith(Encoded, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith(Frame, StringComparison.Ordinal));
        var injected = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#search meta, #search img, #search iframe, #search b, [id^=injected]')].map(e => e.outerHTML)");
        Assert.True(injected.Length == 0, $"injected into the search page: {string.Join(", ", injected)}\nlabels:\n{shown}");
        Assert.Empty(left);
        Assert.StartsWith(server.BaseUrl + "search/", page.Url);
        await page.CloseAsync();
    }

    /// <summary>Builds find Pagefind in a <c>theme/node_modules</c> beside the input folder: link the repository's.</summary>
    private void LinkPagefind()
    {
        var bin = Path.Combine(_site.Root, "theme", "node_modules", ".bin");
        Directory.CreateDirectory(bin);
        File.CreateSymbolicLink(Path.Combine(bin, "pagefind"), Path.Combine(RealInputTests.RepoRoot(), "theme", "node_modules", ".bin", "pagefind"));
    }

    private static string Quote(string text) => Briefings.Scaffolding.YamlText.Quote(text);
}
