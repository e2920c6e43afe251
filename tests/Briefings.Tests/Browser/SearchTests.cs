using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Briefings.Tests.Browser;

/// <summary>Search works in the browser under a project-site base path, and filters narrow it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site, ITestOutputHelper output)
{
    private const string Seed = "Pakistan, Russia concerned over growing IS threat";

    [SearchFact]
    public async Task Should_find_the_seed_article_for_Lavrov_and_narrow_the_results_with_a_country_filter()
    {
        Assert.True(site.SearchIndexed, $"{site.Build.SearchStatus} — CI installs Pagefind with 'npm ci --prefix theme'");
        var (page, all) = await SearchWithFilters("Lavrov");
        Assert.Contains(Seed, all);

        await page.Locator(".pagefind-ui__filter-name", new() { HasText = "country" }).ClickAsync();
        await page.Locator("input[name=country][value=Afghanistan]").CheckAsync();
        var results = page.Locator(".pagefind-ui__result-link");
        var narrowed = all;
        // Pagefind empties the list while it applies the filter: wait for the narrowed results, not the gap.
        for (var tries = 0; tries < 300 && (narrowed.Count == 0 || narrowed.Count >= all.Count); tries++)
        {
            await Task.Delay(100);
            narrowed = await results.AllInnerTextsAsync();
        }

        Assert.Contains(Seed, narrowed);
        Assert.True(narrowed.Count < all.Count, $"filter kept {narrowed.Count} of {all.Count}");
        Assert.DoesNotContain("Sergey Lavrov", narrowed);

        // A profile is found by its own text, not by the coverage list of other pages' summaries under it
        Assert.DoesNotContain("Coverage", all);
    }

    [SearchFact]
    public async Task Should_list_every_filter_for_a_search_from_the_address_when_filter_files_arrive_late()
    {
        // Given a slow connection: every filter file but the first takes five seconds
        // When a reader opens search/?q=Lavrov
        var page = await site.Open("search/?q=Lavrov", before: DelayFilterFilesAfterTheFirst);

        // Then the results come with every filter, not only the one whose file came first
        await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
        await ExpectFilters(page);
    }

    /// <summary>The search page loads the filter files before its first search: a typed search must not lose them.</summary>
    [SearchFact]
    public async Task Should_list_every_filter_for_a_search_typed_before_the_filter_files_arrived()
    {
        var page = await site.Open("search/", before: DelayFilterFilesAfterTheFirst);

        await page.GetByLabel("Search articles, notes, meetings and profiles").FillAsync("Lavrov");

        await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
        await ExpectFilters(page);
    }

    private static Task DelayFilterFilesAfterTheFirst(IPage page)
    {
        var served = 0;
        return page.Context.RouteAsync("**/*.pf_filter", async route =>
        {
            if (Interlocked.Increment(ref served) > 1)
            {
                await Task.Delay(5000);
            }

            await route.ContinueAsync();
        });
    }

    /// <summary>The search page lists a filter for each kind of link an indexed page carries.</summary>
    private async Task ExpectFilters(IPage page)
    {
        string[] expected = ["Country", "Group", "Person", "Topic"];
        var names = page.Locator(".pagefind-ui__filter-name");
        try
        {
            await Assertions.Expect(names).ToContainTextAsync(expected, new() { IgnoreCase = true, Timeout = 15_000 });
        }
        catch (PlaywrightException e)
        {
            throw new XunitException($"filters: {string.Join(", ", await names.AllInnerTextsAsync())}; expected {string.Join(", ", expected)}\n{e.Message}\n{await site.Report(page, "search-filters")}");
        }
    }

    /// <summary>
    /// Opens search/?q=<paramref name="query"/> and waits for results and the country filter. In two CI runs of the whole
    /// suite the filters were missing or partial: the first search had finished before the filter files arrived (fixed
    /// in search.js; see the tests above). Pagefind also swallows a filter file that fails to load
    /// (<c>loadFilterChunk(…).catch(() => {})</c>), so a page without the filter still gets its report in the test
    /// output and the search is opened once more; a second such page fails the test with both reports.
    /// </summary>
    private async Task<(IPage Page, IReadOnlyList<string> Results)> SearchWithFilters(string query)
    {
        var reports = new List<string>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var page = await site.Open("search/?q=" + Uri.EscapeDataString(query));
            var results = page.Locator(".pagefind-ui__result-link");
            try
            {
                await results.First.WaitForAsync();
                await page.Locator(".pagefind-ui__filter-name", new() { HasText = "country" }).WaitForAsync(new() { Timeout = 15_000 });
                return (page, await results.AllInnerTextsAsync());
            }
            catch (TimeoutException e)
            {
                var report = $"attempt {attempt}: {e.Message.Split('\n')[0]}\n{await site.Report(page, $"search-attempt-{attempt}")}";
                output.WriteLine(report);
                reports.Add(report);
                await page.CloseAsync();
            }
        }

        throw new XunitException("the search page did not show results with filters:\n" + string.Join("\n", reports));
    }
}
