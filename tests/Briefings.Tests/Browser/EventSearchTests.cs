using Briefings.Building;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>Events are found by search, and its "type" filter narrows them (the value encoded as Pagefind decodes it).</summary>
[Collection(BrowserCollection.Name)]
public sealed class EventSearchTests(BrowserSite browser)
{
    [SearchFact]
    public async Task Should_find_events_and_narrow_them_with_the_type_filter()
    {
        // Given: a site with an attack and an exercise, indexed by the repository's Pagefind
        using var site = new TestSite()
            .With("events/2021/dasu-attack.md", "---\ntitle: Convoy attacked near Dasu\ndate: 2021-07-14\ntype: attack\ncountry: pakistan\nsummary: A convoy was attacked.\n---\nThe convoy carried engineers.\n")
            .With("events/2021/joint-drill.md", "---\ntitle: Convoy drill held\ndate: 2021-09\ntype: exercise\ncountry: russia\nsummary: A convoy drill.\n---\nA drill of convoys.\n");
        // The site is in a temporary folder: builds find Pagefind in a theme/node_modules beside its input, so link the
        // repository's there (not through BRIEFINGS_PAGEFIND: the process's environment is shared by every test)
        var bin = Path.Combine(site.Root, "theme", "node_modules", ".bin");
        Directory.CreateDirectory(bin);
        File.CreateSymbolicLink(Path.Combine(bin, "pagefind"), Path.Combine(RealInputTests.RepoRoot(), "theme", "node_modules", ".bin", "pagefind"));

        var result = new SiteBuilder(new BuildOptions(site.Input, site.Output) { BaseUrl = "https://example.org/briefings/" }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("search: indexed", result.SearchStatus, StringComparison.Ordinal);
        using var server = new StaticServer(site.Output, BrowserSite.BasePath);
        var page = await browser.Browser.NewPageAsync();

        // When
        await page.GotoAsync(server.BaseUrl + "search/?q=convoy");
        var results = page.Locator(".pagefind-ui__result-link");
        await Assertions.Expect(results).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await page.Locator(".pagefind-ui__filter-name", new() { HasText = "type" }).ClickAsync(new() { Timeout = 15_000 });
        await page.GetByLabel("Attack").CheckAsync();

        // Then
        await Assertions.Expect(results).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(results.First).ToHaveTextAsync("Convoy attacked near Dasu");
        await page.CloseAsync();
    }
}
