using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages;
using Briefings.Pages.Meta;

namespace Briefings.Output.Feeds;

/// <summary>
/// The site feed and one feed per covered entity, covered meeting and meeting series, beside the page they belong to. An item's entry
/// is the same in every feed that lists it, so each is made once per build.
/// </summary>
internal sealed class FeedFiles(PageContext ctx, PageMetaFactory meta)
{
    public const int MaxEntries = 50;

    private readonly ConcurrentDictionary<DatedItem, FeedEntry> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>The feed that belongs beside a page, if the page has one and it has entries.</summary>
    public OutputFile? For(PageJob job)
    {
        if (meta.FeedOf(job) is not { } feedPath)
        {
            return null;
        }

        var items = ItemsOf(ctx, job).Take(MaxEntries).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var title = job.Path == Urls.HomePath ? ctx.Site.Settings.Title : $"{TitleOf(ctx, job)} · {ctx.Site.Settings.Title}";
        var entries = items.Select(i => _entries.GetOrAdd(i, static (item, ctx) => Entry(ctx, item), ctx)).ToList();
        return new OutputFile(feedPath, AtomFeed.Write(title, ctx.Urls.Absolute(job.Path)!, ctx.Urls.Absolute(feedPath)!, entries, items.Max(i => i.Date)));
    }

    private static IEnumerable<DatedItem> ItemsOf(PageContext ctx, PageJob job) =>
        job.Series is { } series ? ctx.Site.CoverageOf(series)
        : job.Entity is { } key ? ctx.Site.CoverageOf(key)
        : ctx.Site.Articles.Cast<DatedItem>().Concat(ctx.Site.Notes).Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst));

    private static string TitleOf(PageContext ctx, PageJob job) =>
        job.Series is { } series ? series.Title : job.Entity is { } key ? ctx.Site.NameOf(key) : ctx.Site.Settings.Title;

    private static FeedEntry Entry(PageContext ctx, DatedItem item)
    {
        var url = ctx.Urls.Absolute(Urls.EntityPath(item.Kind, item.Slug))!;
        var author = ContentKinds.Of(item.Kind).FeedAuthor(item) ?? ctx.Site.Settings.Author ?? ctx.Site.Settings.Title;
        var categories = CoverageIndex.EntitiesOf(item).Select(ctx.Site.NameOf).ToList();
        return new FeedEntry(url, item.Title, url, item.Date, item.Summary, author, categories);
    }
}
