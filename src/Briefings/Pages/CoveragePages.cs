using Briefings.Content;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// Older coverage of an entity or meeting series: its page shows the newest items, and pages <c>…/page/2/</c> on
/// show the rest, newest first, with links back to the page and to newer and older coverage.
/// </summary>
internal static class CoveragePages
{
    public static IEnumerable<PageJob> Plan(PageJob entity, int count, int pageSize)
    {
        var pages = Paging.PageCount(count, pageSize);
        for (var page = 2; page <= pages; page++)
        {
            var number = page;
            yield return new PageJob(Urls.Paged(entity.Path, number), PageTemplate.Coverage, PageKind.Index,
                (ctx, _) => Model(ctx, entity, EntityPages.CoverageOf(ctx, entity), number, pageSize));
        }
    }

    public static PagerModel Pager(PageContext ctx, string path, int page, int count, int pageSize)
    {
        var pages = Paging.PageCount(count, pageSize);
        return new PagerModel(page, pages,
            page > 1 ? ctx.Urls.Href(Urls.Paged(path, page - 1)) : null,
            page < pages ? ctx.Urls.Href(Urls.Paged(path, page + 1)) : null);
    }

    private static CoverageModel Model(PageContext ctx, PageJob entity, IReadOnlyList<DatedItem> coverage, int page, int pageSize)
    {
        var (name, label, section) = entity.Series is { } s
            ? (EntityPages.SeriesOf(ctx, s).Title, "meeting series", ContentKind.Meeting.Plural())
            : entity.Entity is { } key ? (ctx.Site.NameOf(key), key.Kind.Singular(), key.Kind.Plural()) : (entity.Path, "page", entity.Path);
        var pages = Paging.PageCount(coverage.Count, pageSize);
        return new CoverageModel(
            $"{name}: coverage, page {page} of {pages}",
            $"Older coverage of {name}, newest first: page {page} of {pages}.",
            section,
            label,
            new LinkModel(name, ctx.Urls.Href(entity.Path)),
            ctx.Summary(coverage),
            ctx.Timeline(coverage, page, pageSize),
            Pager(ctx, entity.Path, page, coverage.Count, pageSize));
    }
}
