namespace Briefings.Tests.Browser;

/// <summary>
/// A reader on a 390 × 844 phone: the analysis and the search results come first, charts stay legible, search does
/// not shift the page, and every page says what it is in one H1.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneReadingTests(BrowserSite site)
{
    private const int Width = 390;
    private const int Height = 844;

    [SearchFact]
    public async Task Should_show_the_first_search_result_above_the_fold_with_its_kind_and_date_and_the_filters_behind_one_button()
    {
        var page = await site.Open("search/?q=Rogachev", Width, Height);
        var first = page.Locator(".pagefind-ui__result").First;
        await first.WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator(".search-filters-toggle").WaitForAsync();

        var top = await first.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
        Assert.True(top < Height, $"the first result starts at {top:0} px, below the fold ({Height} px)\n{await site.Report(page, "phone-search")}");
        Assert.False(await page.Locator(".pagefind-ui__filter-panel").IsVisibleAsync(), "the filters should be folded on a phone");
        var tags = await page.Locator(".pagefind-ui__result-tag").AllInnerTextsAsync();
        Assert.Contains(tags, t => t.StartsWith("Kind: ", StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith("Date: ", StringComparison.Ordinal));
        Assert.Contains("Confidence: moderate", tags);

        await page.Locator(".search-filters-toggle").ClickAsync();
        Assert.True(await page.Locator(".pagefind-ui__filter-panel").IsVisibleAsync());
        Assert.Equal("true", await page.Locator(".search-filters-toggle").GetAttributeAsync("aria-expanded"));
    }

    [SearchFact]
    public async Task Should_keep_the_query_in_the_address_and_the_focus_in_the_box_When_a_reader_types()
    {
        var page = await site.Open("search/", Width, Height);
        var box = page.GetByLabel("Search articles, notes, meetings and profiles");

        await box.PressSequentiallyAsync("Islamabad");
        await page.Locator(".pagefind-ui__result").First.WaitForAsync(new() { Timeout = 15_000 });

        Assert.EndsWith("search/?q=Islamabad", page.Url);
        Assert.True(await box.EvaluateAsync<bool>("e => document.activeElement === e"), "the search box lost the focus");
    }

    [SearchFact]
    public async Task Should_not_shift_the_page_When_the_search_box_and_its_results_arrive()
    {
        var page = await site.Open("search/?q=Lavrov", Width, Height);
        await page.Locator(".pagefind-ui__result").First.WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(500);

        var shift = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByType('layout-shift').filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)");

        Assert.True(shift < 0.05, $"cumulative layout shift {shift:0.###}\n{await site.Report(page, "phone-search-shift")}");
    }

    [BrowserFact]
    public async Task Should_lead_the_home_page_with_the_latest_assessment_within_a_screen_and_a_half()
    {
        var page = await site.Open("", Width, Height);

        var top = await page.EvaluateAsync<double>(
            "() => { const a = [...document.querySelectorAll('main a[href*=\"/notes/\"]')].find(a => !a.getAttribute('href').endsWith('/notes/')); return a ? a.getBoundingClientRect().top + window.scrollY : -1; }");

        Assert.InRange(top, 0, Height * 1.5);
    }

    [BrowserTheory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Should_draw_chart_text_at_least_12_px_When_the_screen_is_this_wide(int width)
    {
        // The home page's rankings (the real input's profiles span two years or fewer: no per-year chart, by design)
        var page = await site.Open("", width, Height);
        var sizes = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('svg.chart-svg text')].map(t => t.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width : 99)");
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 12, $"home at {width} px: chart text at {sizes.Min():0.#} px");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Should_have_one_H1_on_every_page_kind()
    {
        foreach (var path in BrowserSite.PageKinds)
        {
            var page = await site.Open(path, Width, Height);
            Assert.True(await page.Locator("h1").CountAsync() == 1, $"{path}: {await page.Locator("h1").CountAsync()} H1 elements");
            await page.CloseAsync();
        }
    }
}
