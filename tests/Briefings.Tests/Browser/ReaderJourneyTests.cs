using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>A reader clicks through the published site under /briefings/: home → country → article → meeting → note.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserSite site)
{
    private const string Seed = "Pakistan, Russia concerned over growing IS threat";

    [BrowserFact]
    public async Task Should_reach_a_meeting_and_a_note_from_the_home_page_by_clicking()
    {
        var page = await site.Open("");

        await page.Locator(".ranking").GetByRole(AriaRole.Link, new() { Name = "Pakistan", Exact = true }).First.ClickAsync();
        await Expect(page, "countries/pakistan/", "Pakistan");

        await page.GetByRole(AriaRole.Link, new() { Name = Seed, Exact = true }).First.ClickAsync();
        await Expect(page, "articles/pakistan-russia-concerned-over-growing-is-threat/", Seed);

        await page.Locator("aside").GetByRole(AriaRole.Link, new() { Name = "Seventh meeting of the Pakistan–Russia Joint Working Group on Counter-Terrorism" }).ClickAsync();
        await Expect(page, "meetings/pakistan-russia-jwg-ct-7/", "Seventh meeting of the Pakistan–Russia Joint Working Group on Counter-Terrorism");

        await page.GoBackAsync();
        await page.Locator(".assessed").GetByRole(AriaRole.Link, new() { Name = "The Pakistan–Russia counter-terrorism track: a review through the 8th meeting" }).ClickAsync();
        await Expect(page, "notes/pakistan-russia-counter-terrorism-track/", "The Pakistan–Russia counter-terrorism track: a review through the 8th meeting");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = Seed }).CountAsync() > 0, "the note links back to the article");
    }

    /// <summary>The coverage map's countries are links a reader can click, and reach with the keyboard; a country's map leads to its events, an event to its group.</summary>
    [BrowserFact]
    public async Task Should_reach_a_country_by_its_home_page_map_then_an_event_on_its_map_then_the_group_that_claimed_it()
    {
        var page = await site.Open("", 1280, 900);

        var pakistan = page.Locator(".map-svg").GetByRole(AriaRole.Link, new() { Name = "Pakistan:", Exact = false });
        await pakistan.FocusAsync();
        Assert.Equal("Pakistan", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label').split(':')[0]"));
        await pakistan.ClickAsync();
        await Expect(page, "countries/pakistan/", "Pakistan");

        Assert.Equal(1, await page.Locator("aside .map-svg path.here").CountAsync());
        Assert.Contains("Pakistan (highlighted)", await page.Locator("aside .map figcaption").InnerTextAsync(), StringComparison.Ordinal);

        // An event on the country's map (a ring: the place is known approximately) leads to its page, and on to the group that claimed it
        const string Mastung = "Suicide bombing at an election meeting in Mastung";
        var ring = page.Locator("aside .map-svg").GetByRole(AriaRole.Link, new() { Name = Mastung, Exact = true });
        Assert.Equal(1, await ring.Locator("circle.ring").CountAsync());
        await ring.ClickAsync();
        await Expect(page, "events/mastung-election-meeting-bombing/", Mastung);
        Assert.Contains("Claimed by Islamic State", await page.Locator(".event-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".event-map .map-svg circle.ring").CountAsync());

        await page.Locator("aside").GetByRole(AriaRole.Link, new() { Name = "Islamic State", Exact = true }).First.ClickAsync();
        await Expect(page, "groups/islamic-state/", "Islamic State");
    }

    [BrowserFact]
    public async Task Should_load_every_page_kind_without_console_errors_or_failed_requests()
    {
        var problems = new List<string>();
        foreach (var path in BrowserSite.PageKinds)
        {
            var page = await site.Open(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            problems.AddRange(site.Problems(page).Select(p => $"{path}: {p}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Should_show_the_404_page_with_working_links_for_a_missing_page_at_any_depth()
    {
        var page = await site.Browser.NewPageAsync();
        var response = await page.GotoAsync(site.BaseUrl + "no/such/deep/page/");

        Assert.Equal(404, response!.Status);
        await page.GetByRole(AriaRole.Link, new() { Name = "Countries" }).First.ClickAsync();
        await Expect(page, "countries/", "Countries");
    }

    /// <summary>A group's network leads to a related group, whose strip of monthly trends leads to the month's briefing.</summary>
    [BrowserFact]
    public async Task Should_reach_a_monthly_briefing_from_a_group_network_through_a_related_groups_trend_strip()
    {
        var page = await site.Open("groups/islamic-state-khorasan/", 390, 844);

        var related = page.Locator(".network-svg a[href$='/groups/islamic-state/']");
        Assert.Equal("Islamic State — affiliate of", await related.Locator("title").TextContentAsync());
        await related.ClickAsync();
        await Expect(page, "groups/islamic-state/", "Islamic State");

        var month = page.Locator(".trend-strip a[href$='/monthly/2018-07/']");
        Assert.Equal("July 2018: deteriorated", await month.Locator("title").TextContentAsync());
        await month.ClickAsync();
        await Expect(page, "monthly/2018-07/", "Monthly briefing: July 2018");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Islamic State", Exact = true }).CountAsync() > 0, "the month's trend entries link back to the group");
    }

    private async Task Expect(IPage page, string path, string heading)
    {
        await page.WaitForURLAsync(site.BaseUrl + path);
        Assert.EndsWith(heading, (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }
}
