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
internal sealed partial class FeedFiles(PageContext ctx, PageMetaFactory meta)
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

        if (job.Month is { } month)
        {
            return new OutputFile(feedPath, AtomFeed.Write(
                $"Monthly briefing: {month.Display} · {ctx.Site.Settings.Title}", ctx.Urls.Absolute(job.Path)!, ctx.Urls.Absolute(feedPath)!, MonthEntries(job, month), month));
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

    /// <summary>A monthly briefing's JSON Feed 1.1, with the entries of its Atom feed.</summary>
    public OutputFile? JsonFor(PageJob job)
    {
        if (job.Month is not { } month || meta.FeedOf(job) is null)
        {
            return null;
        }

        var path = Urls.JsonFeedPath(job.Path);
        return new OutputFile(path, JsonFeed.Write($"Monthly briefing: {month.Display} · {ctx.Site.Settings.Title}", ctx.Urls.Absolute(job.Path)!, ctx.Urls.Absolute(path)!,
            ctx.Site.Settings.Language, MonthEntries(job, month)));
    }

    /// <summary>A month's trend entries (each at its place on the month's page), then its records, newest first.</summary>
    private List<FeedEntry> MonthEntries(PageJob job, PartialDate month)
    {
        var page = ctx.Urls.Absolute(job.Path)!;
        var author = ctx.Site.Settings.Author ?? ctx.Site.Settings.Title;
        var trends = ctx.Months.Files.GetValueOrDefault(month)?.Entries ?? [];
        return [.. trends.Select(e => (Entry: e, Key: new EntityKey(e.Entity.Kind, e.Entity.Slug)))
                .Select(x => new FeedEntry($"{page}#{x.Key.Kind.Singular()}-{x.Key.Slug}", $"{ctx.Site.NameOf(x.Key)}: {Pages.Charts.TrendArrows.Word(x.Entry.Trend)}",
                    $"{page}#{x.Key.Kind.Singular()}-{x.Key.Slug}", month, PlainText(ctx.Inline(x.Entry.Text)), author, [ctx.Site.NameOf(x.Key)])),
            .. ctx.Months.Dated(month).Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst)).Take(MaxEntries)
                .Select(i => _entries.GetOrAdd(i, static (item, ctx) => Entry(ctx, item), ctx))];
    }

    /// <summary>
    /// A trend entry's text as a feed reader shows it: its HTML (wiki links resolved to names) without tags or
    /// character references, not the Markdown it was written in. The HTML is the renderer's own, so tags are whole.
    /// </summary>
    internal static string PlainText(Templates.TrustedHtml html) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(html.Html, "")).Trim();

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

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
