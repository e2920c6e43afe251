using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Indexes of countries, groups, people, topics and meeting series, with how much each has.</summary>
internal static class DirectoryPages
{
    public static IEnumerable<PageJob> Plan(PageContext _)
    {
        yield return new PageJob(Urls.SectionPath(ContentKind.Country), PageTemplate.Directory, PageKind.Index, (ctx, _) => new DirectoryModel(
            ContentKind.Country.Title(), "Every country, with the ones in the news first.", ContentKind.Country.Plural(), Countries(ctx),
            CoverageMaps.World(ctx, "countries-map")));
        yield return Job(ContentKind.Group, "Militant groups, alliances, international bodies and government bodies.", ctx =>
            [.. ctx.Site.Groups.GroupBy(g => g.GroupKind).OrderBy(g => g.Key)
                .Select(g => new LinkGroupModel(EntityPages.GroupKindLabel(g.Key), Links(ctx, g.Select(x => Key(x)))))]);
        yield return Job(ContentKind.Person, "People in the coverage.", ctx =>
            [new LinkGroupModel("People", Links(ctx, ctx.Site.People.Select(p => Key(p))))]);
        yield return Job(ContentKind.Topic, "Themes that run through the coverage.", ctx =>
            [new LinkGroupModel("Topics", Links(ctx, ctx.Site.Topics.Select(t => new EntityKey(ContentKind.Topic, t.Slug))))]);
        yield return new PageJob(Urls.SeriesIndexPath, PageTemplate.Directory, PageKind.Index, (ctx, _) => new DirectoryModel(
            "Meeting series", "Talks that meet again and again, each with its meetings in order.", ContentKind.Meeting.Plural(),
            [new LinkGroupModel("Series", [.. ctx.Site.Series.Select(s => new LinkModel(s.Title, ctx.Urls.Series(s.Slug), s.Meetings.Count))])]));
    }

    private static PageJob Job(ContentKind kind, string description, Func<PageContext, IReadOnlyList<LinkGroupModel>> groups) =>
        new(Urls.SectionPath(kind), PageTemplate.Directory, PageKind.Index, (ctx, _) => new DirectoryModel(kind.Title(), description, kind.Plural(), groups(ctx)));

    private static List<LinkGroupModel> Countries(PageContext ctx)
    {
        var all = ctx.Site.Countries.All.Select(c => new EntityKey(ContentKind.Country, c.Slug)).ToList();
        var covered = all.Where(k => ctx.Site.CoverageOf(k).Count > 0)
            .OrderByDescending(k => ctx.Site.CoverageOf(k).Count).ThenBy(k => k.Slug, StringComparer.Ordinal);
        return
        [
            new LinkGroupModel("In the news", Links(ctx, covered)),
            new LinkGroupModel("All countries", [.. all.Select(k => ctx.Link(k))]),
        ];
    }

    private static List<LinkModel> Links(PageContext ctx, IEnumerable<EntityKey> keys) =>
        [.. keys.Select(k => ctx.Link(k, ctx.Site.CoverageOf(k).Count))];

    private static EntityKey Key(ContentItem item) => new(item.Kind, item.Slug);
}
