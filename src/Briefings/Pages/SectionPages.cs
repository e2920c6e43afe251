using Briefings.Content;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Paginated, newest-first lists of each dated kind (articles, notes, meetings); the meetings' first page lists the series, the events' the filters and downloads.</summary>
internal static class SectionPages
{
    public const int PageSize = 20;

    public static IEnumerable<PageJob> Plan(PageContext ctx) =>
        ContentKinds.All.Where(d => d.SectionDescription is not null).SelectMany(d => Paginate(d.Kind, ctx.Site.Dated(d.Kind).Count, d.SectionDescription!));

    /// <summary>What a section's first page lists besides its items: the meeting series, on the meetings' page; the filters and downloads, on the events'.</summary>
    private static IReadOnlyList<LinkGroupModel> Extra(PageContext ctx, ContentKind kind) => kind switch
    {
        ContentKind.Meeting when ctx.Site.Series.Count > 0 =>
            [new LinkGroupModel("Meeting series", [.. ctx.Site.Series.Select(s => new LinkModel(s.Title, ctx.Urls.Series(s.Slug), s.Meetings.Count))])],
        ContentKind.Event => EventPages.Facets(ctx),
        _ => [],
    };

    private static IEnumerable<PageJob> Paginate(ContentKind kind, int count, string description)
    {
        var pages = Paging.PageCount(count, PageSize);
        for (var page = 1; page <= pages; page++)
        {
            var number = page;
            yield return new PageJob(Urls.SectionPath(kind, number), PageTemplate.List, PageKind.Index, (ctx, _) => new ListModel(
                number == 1 ? kind.Title() : $"{kind.Title()} — page {number} of {pages}",
                description,
                kind.Plural(),
                ctx.Cards(Paging.Slice(ctx.Site.Dated(kind), number, PageSize)),
                new PagerModel(number, pages,
                    number > 1 ? ctx.Urls.Section(kind, number - 1) : null,
                    number < pages ? ctx.Urls.Section(kind, number + 1) : null),
                number == 1 ? Extra(ctx, kind) : []));
        }
    }
}
