using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>The home page: latest articles and notes, recent meetings, most-covered countries and groups.</summary>
internal static class HomePage
{
    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        yield return new PageJob(Urls.HomePath, "home", PageKind.Index, () => Build(ctx));
    }

    private static HomeModel Build(PageContext ctx)
    {
        var site = ctx.Site;
        var sections = new[] { ContentKind.Article, ContentKind.Note, ContentKind.Meeting, ContentKind.Country, ContentKind.Group, ContentKind.Person, ContentKind.Topic };
        return new HomeModel(
            site.Settings.Title,
            site.Settings.Description,
            ctx.Cards(site.Articles.Take(10)),
            ctx.Cards(site.Notes.Take(5)),
            ctx.Cards(site.Meetings.Take(5)),
            MostCovered(ctx, site.Countries.All.Select(c => new EntityKey(ContentKind.Country, c.Slug))),
            MostCovered(ctx, site.Groups.Select(g => new EntityKey(ContentKind.Group, g.Slug))),
            [.. sections.Select(k => new LinkModel(k.Title(), ctx.Urls.Section(k)))]);
    }

    private static List<LinkModel> MostCovered(PageContext ctx, IEnumerable<EntityKey> keys) =>
        [.. keys
            .Select(k => (Key: k, Count: ctx.Site.CoverageOf(k).Count))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Key.Slug, StringComparer.Ordinal)
            .Take(8)
            .Select(x => ctx.Link(x.Key, x.Count))];
}
