using System.Globalization;
using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages.Charts;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// <c>/monthly/</c> and a page for every month with content (<see cref="MonthIndex"/>): the overview, the trend entries
/// by direction, the month's records of every dated kind, previous and next month; and the trend strip of entity pages.
/// </summary>
internal static class MonthlyPages
{
    /// <summary>How many past months an entity's trend strip shows.</summary>
    public const int StripMonths = 12;

    private static readonly Trend[] Directions = [Trend.Deteriorated, Trend.Improved, Trend.Unchanged];

    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        var months = ctx.Months.All;
        var jobs = new List<PageJob>(months.Count + 1)
        {
            new(Urls.SectionPath(ContentKind.Month), PageTemplate.Directory, PageKind.Index, static (ctx, _) => Index(ctx)),
        };
        for (var i = 0; i < months.Count; i++)
        {
            var at = i;
            jobs.Add(new PageJob(Urls.EntityPath(ContentKind.Month, Slug(months[at])), PageTemplate.Month, PageKind.Month, (ctx, _) => Page(ctx, at))
            {
                Month = months[at],
                Date = months[at],
            });
        }

        return jobs;
    }

    public static string Slug(PartialDate month) => month.Iso;

    /// <summary>An entity's latest trend and the strip of its past ones; null when no month has an entry for it.</summary>
    public static TrendStripModel? Strip(PageContext ctx, EntityKey key)
    {
        var trends = ctx.Months.Trends[key].ToList();
        if (trends.Count == 0)
        {
            return null;
        }

        var points = trends.TakeLast(StripMonths).Select(t => Point(ctx, t.Month, t.Entry)).ToList();
        var (lastMonth, last) = trends[^1];
        var svg = TrendArrows.Strip("trend-strip", $"Trend of {ctx.Site.NameOf(key)}, month by month",
            [.. trends.TakeLast(StripMonths).Select(t => (t.Month.Period, ctx.Urls.Entity(ContentKind.Month, t.Month.Slug), t.Entry.Trend))]);
        return new TrendStripModel(Point(ctx, lastMonth, last), ctx.Inline(last.Text), TrendArrows.Icon(last.Trend), svg, points);
    }

    private static TrendPointModel Point(PageContext ctx, Month month, TrendEntry entry) =>
        new(month.Period.Display, ctx.Urls.Entity(ContentKind.Month, month.Slug), TrendArrows.Word(entry.Trend), Capital(TrendArrows.Word(entry.Trend)), Alert(entry.Alert));

    private static DirectoryModel Index(PageContext ctx)
    {
        var years = ctx.Months.All.Reverse().GroupBy(m => m.Year)
            .Select(y => new LinkGroupModel(y.Key.ToString(CultureInfo.InvariantCulture), [.. y.Select(m => new LinkModel(m.Display, ctx.Urls.Entity(ContentKind.Month, Slug(m)), null, Summary(ctx, m)))]))
            .ToList();
        return new DirectoryModel("Monthly briefings", "Month by month: which situations deteriorated, improved or stayed the same, and what was reported.", "monthly", years);
    }

    /// <summary>"2 deteriorated · 1 improved · 14 items".</summary>
    private static string Summary(PageContext ctx, PartialDate month)
    {
        var parts = new List<string>();
        if (ctx.Months.Files.GetValueOrDefault(month) is { } file)
        {
            parts.AddRange(Directions.Select(d => (d, n: file.Entries.Count(e => e.Trend == d))).Where(x => x.n > 0).Select(x => $"{x.n} {TrendArrows.Word(x.d)}"));
        }

        var items = ctx.Months.Dated(month).Count;
        if (items > 0)
        {
            parts.Add($"{items} item{(items == 1 ? "" : "s")}");
        }

        return string.Join(" · ", parts);
    }

    private static MonthModel Page(PageContext ctx, int at)
    {
        var months = ctx.Months.All;
        var month = months[at];
        var file = ctx.Months.Files.GetValueOrDefault(month);
        var trends = Directions
            .Select(d => (d, entries: file?.Entries.Where(e => e.Trend == d).ToList() ?? []))
            .Where(x => x.entries.Count > 0)
            .Select(x => new TrendGroupModel(Capital(TrendArrows.Word(x.d)), TrendArrows.Word(x.d), TrendArrows.Icon(x.d), [.. x.entries.Select(e => Entry(ctx, e))]))
            .ToList();
        var dated = ctx.Months.Dated(month);
        var sections = ContentKinds.All.Where(d => d.IsDated)
            .Select(d => new MonthSectionModel(d.Title, d.Plural, ctx.Cards(dated.Where(i => i.Kind == d.Kind).Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst)))))
            .Where(s => s.Cards.Count > 0)
            .ToList();
        var path = Urls.EntityPath(ContentKind.Month, Slug(month));
        var hasFeeds = ctx.Urls.SiteUrl is not null;
        return new MonthModel(
            $"Monthly briefing: {month.Display}",
            Description(file, dated.Count, month),
            file is null ? new TrustedHtml("") : ctx.Body(file),
            trends,
            sections,
            at > 0 ? new LinkModel(months[at - 1].Display, ctx.Urls.Entity(ContentKind.Month, Slug(months[at - 1]))) : null,
            at + 1 < months.Count ? new LinkModel(months[at + 1].Display, ctx.Urls.Entity(ContentKind.Month, Slug(months[at + 1]))) : null,
            hasFeeds ? ctx.Urls.Href(Urls.FeedPath(path)) : null,
            hasFeeds ? ctx.Urls.Href(Urls.JsonFeedPath(path)) : null,
            ctx.Urls.Section(ContentKind.Month));
    }

    private static string Description(Month? file, int items, PartialDate month)
    {
        var trends = file?.Entries.Count ?? 0;
        return $"{month.Display}: {trends} trend entr{(trends == 1 ? "y" : "ies")} and {items} article{(items == 1 ? "" : "s")}, note{(items == 1 ? "" : "s")} and other records.";
    }

    private static TrendEntryModel Entry(PageContext ctx, TrendEntry e)
    {
        var key = new EntityKey(e.Entity.Kind, e.Entity.Slug);
        return new TrendEntryModel(ctx.Link(key), TrendArrows.Word(e.Trend), Capital(TrendArrows.Word(e.Trend)), TrendArrows.Icon(e.Trend), Alert(e.Alert),
            ctx.Inline(e.Text), SourceModel.From(e.Sources), $"{key.Kind.Singular()}-{key.Slug}");
    }

    private static string? Alert(TrendAlert? alert) => alert switch
    {
        TrendAlert.Risk => "Risk alert",
        TrendAlert.Opportunity => "Opportunity for peace",
        _ => null,
    };

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
