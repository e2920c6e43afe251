using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages.Charts;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>The home page: latest articles and notes, recent meetings, most-covered countries and groups.</summary>
internal static class HomePage
{
    /// <summary>How many of the newest articles, notes and meetings the home page shows.</summary>
    public const int LatestArticles = 10;

    public const int LatestNotes = 5;

    public const int LatestMeetings = 5;

    /// <summary>The list sizes by kind, for what depends on them (serve's incremental rebuilds).</summary>
    public static readonly IReadOnlyDictionary<ContentKind, int> Latest = new Dictionary<ContentKind, int>
    {
        [ContentKind.Article] = LatestArticles,
        [ContentKind.Note] = LatestNotes,
        [ContentKind.Meeting] = LatestMeetings,
    };

    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        yield return new PageJob(Urls.HomePath, PageTemplate.Home, PageKind.Index, static (ctx, _) => Build(ctx));
    }

    private static HomeModel Build(PageContext ctx)
    {
        var site = ctx.Site;
        var recent = RecentItems(site);
        var countries = MostCovered(ctx, recent, ContentKind.Country);
        var groups = MostCovered(ctx, recent, ContentKind.Group);
        var period = recent.Count == 0 ? null : $"the twelve months to {recent[0].Date.Display}";
        return new HomeModel(
            site.Settings.Title,
            site.Settings.Description,
            ctx.Cards(site.Articles.Take(LatestArticles)),
            ctx.Cards(site.Notes.Take(LatestNotes)),
            ctx.Cards(site.Meetings.Take(LatestMeetings)),
            period,
            countries,
            groups,
            CoverageCharts.Ranking("top-countries-chart", $"Most covered countries in {period}", "Country", Rows(countries)),
            CoverageCharts.Ranking("top-groups-chart", $"Most covered groups in {period}", "Group", Rows(groups)),
            [.. PagePlan.NavSections.Select(k => new LinkModel(k.Title(), ctx.Urls.Section(k)))],
            CoverageMaps.World(ctx, "home-map"));
    }

    /// <summary>Articles, notes and meetings of the last twelve months of content (not of the clock: output stays reproducible).</summary>
    private static List<DatedItem> RecentItems(Site site)
    {
        var all = site.AllDated.Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst)).ToList();
        if (all.Count == 0)
        {
            return all;
        }

        var newest = all[0].Date;
        var cutoff = new PartialDate(newest.Year - 1, newest.Month, newest.Day);
        return [.. all.Where(i => i.Date > cutoff)];
    }

    private static List<LinkModel> MostCovered(PageContext ctx, IEnumerable<DatedItem> items, ContentKind kind) =>
        [.. items
            .SelectMany(CoverageIndex.EntitiesOf)
            .Where(k => k.Kind == kind)
            .GroupBy(k => k)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Key.Slug, StringComparer.Ordinal)
            .Take(8)
            .Select(x => ctx.Link(x.Key, x.Count))];

    private static List<ChartRow> Rows(IEnumerable<LinkModel> links) => [.. links.Select(l => new ChartRow(l.Text, l.Count ?? 0, l.Href))];
}
