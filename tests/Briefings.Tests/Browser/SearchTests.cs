namespace Briefings.Tests.Browser;

/// <summary>Search works in the browser under a project-site base path, and filters narrow it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [SearchFact]
    public async Task Should_find_the_seed_article_for_Lavrov_and_narrow_the_results_with_a_country_filter()
    {
        Assert.True(site.SearchIndexed, $"{site.Build.SearchStatus} — CI installs Pagefind with 'npm ci --prefix theme'");
        var page = await site.Open("search/?q=Lavrov");
        var results = page.Locator(".pagefind-ui__result-link");
        await results.First.WaitForAsync();
        var all = await results.AllInnerTextsAsync();
        Assert.Contains("Pakistan, Russia concerned over growing IS threat", all);

        await page.Locator(".pagefind-ui__filter-name", new() { HasText = "country" }).ClickAsync();
        await page.GetByLabel("Afghanistan").CheckAsync();
        var narrowed = all;
        // Pagefind empties the list while it applies the filter: wait for the narrowed results, not the gap.
        for (var tries = 0; tries < 300 && (narrowed.Count == 0 || narrowed.Count >= all.Count); tries++)
        {
            await Task.Delay(100);
            narrowed = await results.AllInnerTextsAsync();
        }

        Assert.Contains("Pakistan, Russia concerned over growing IS threat", narrowed);
        Assert.True(narrowed.Count < all.Count, $"filter kept {narrowed.Count} of {all.Count}");
        Assert.DoesNotContain("Sergey Lavrov", narrowed);
    }
}
