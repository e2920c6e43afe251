using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefings.Tests.Browser;

/// <summary>
/// axe-core finds no violations on any page kind (one page per template); screenshots of the main pages are kept
/// for a human to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>In the reader's light or dark colour scheme; the search page with results, when search is built.</summary>
    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Should_have_no_axe_violations_on_any_page_kind(ColorScheme scheme)
    {
        var failures = new List<string>();
        foreach (var kind in BrowserSite.PageKinds)
        {
            var path = kind == "search/" && site.SearchIndexed ? "search/?q=Lavrov" : kind;
            var page = await site.Open(path, before: p => p.EmulateMediaAsync(new() { ColorScheme = scheme }));
            if (path != kind)
            {
                await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
            }

            var result = await page.RunAxe();
            failures.AddRange(result.Violations.Select(v => $"{path}: {v.Impact} {v.Id} ({v.Nodes.Length} nodes): {v.Help}; "
                + string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target?.ToString() ?? "", n.Html)))));
            await page.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task Should_save_screenshots_of_home_country_and_article_at_desktop_and_phone_width()
    {
        foreach (var (name, path) in new[] { ("home", ""), ("country", "countries/pakistan/"), ("article", "articles/pakistan-russia-concerned-over-growing-is-threat/") })
        {
            foreach (var (device, width) in new[] { ("desktop", 1280), ("phone", 390) })
            {
                var page = await site.Open(path, width, 844);
                var file = Path.Combine(BrowserSite.Screenshots, $"{name}-{device}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
                await page.CloseAsync();
            }
        }

        output.WriteLine($"screenshots: {BrowserSite.Screenshots}");
    }
}
