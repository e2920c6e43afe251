using Briefings.Content;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Paginated, newest-first lists of each dated kind (articles, notes, meetings); the meetings' first page lists the series, the events' the filters and downloads.</summary>
internal static class SectionPages
{
    public const int PageSize = 20;

    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        var site = ctx.Site;
        // What a section's first page lists besides its items: the meeting series, on the meetings' page.
        var extra = new Dictionary<ContentKind, IReadOnlyList<LinkGroupModel>>
        {
            [ContentKind.Meeting] = site.Series.Count == 0
                ? []
                : [new LinkGroupModel("Meeting series", [.. site.Series.Select(s => new LinkModel(s.Title, ctx.Urls.Series(s.Slug), s.Meetings.Count))])],
            [ContentKind.Event] = EventPages.Facets(ctx),
        };
        return ContentKinds.All.Where(d => d.SectionDescription is not null).SelectMany(d =>
            Paginate(ctx, d.Kind, site.Dated(d.Kind), d.SectionDescription!, extra.GetValueOrDefault(d.Kind) ?? []));
    }

    private static IEnumerable<PageJob> Paginate(
        PageContext ctx, ContentKind kind, IReadOnlyList<DatedItem> items, string description, IReadOnlyList<LinkGroupModel> extra)
    {
        var pages = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var page = 1; page <= pages; page++)
        {
            var number = page;
            yield return new PageJob(Urls.SectionPath(kind, number), PageTemplate.List, PageKind.Index, () => new ListModel(
                number == 1 ? kind.Title() : $"{kind.Title()} — page {number} of {pages}",
                description,
                kind.Plural(),
                ctx.Cards(items.Skip((number - 1) * PageSize).Take(PageSize)),
                new PagerModel(number, pages,
                    number > 1 ? ctx.Urls.Section(kind, number - 1) : null,
                    number < pages ? ctx.Urls.Section(kind, number + 1) : null),
                number == 1 ? extra : []));
        }
    }
}
