using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages;

namespace Briefings.Building.Incremental;

/// <summary>
/// What one changed item makes out of date: pages (by path), pages whose feed is to be written again, and whether the
/// sitemap is. A change to the body alone touches only the item's own page; a change to an article's or note's front
/// matter also touches every page that shows its card, title, date or tags.
/// </summary>
internal sealed class Dependents
{
    public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>The pages of the changed items themselves: written first.</summary>
    public HashSet<string> Own { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Feeds { get; } = new(StringComparer.Ordinal);

    /// <summary>The changed items, by kind and slug.</summary>
    public HashSet<EntityKey> Changed { get; } = [];

    public bool Sitemap { get; private set; }

    /// <summary>An entity's older-coverage pages grew or shrank in number: pages come or go, which a full build does.</summary>
    public bool PagesComeOrGo { get; private set; }

    public void Add(Site before, Site after, ContentItem old, ContentItem now, bool bodyOnly, WikiLinkIndex wikiLinks)
    {
        var own = WikiLinkIndex.PageOf(now);
        Own.Add(own);
        Changed.Add(new EntityKey(now.Kind, now.Slug));
        Pages.Add(own);
        if (bodyOnly || old is not DatedItem o || now is not DatedItem n)
        {
            return;
        }

        var key = new EntityKey(n.Kind, n.Slug);
        var oldKeys = before.Coverage.KeysOf(o);
        var newKeys = after.Coverage.KeysOf(n);
        var keysChanged = !oldKeys.SequenceEqual(newKeys);
        Sitemap |= o.Date != n.Date;
        Pages.UnionWith(after.Redirects.Where(r => r.Target == key).Select(r => r.Path));
        Pages.UnionWith(wikiLinks.PagesLinking(key));
        foreach (var entity in oldKeys.Concat(newKeys).Distinct())
        {
            var page = Urls.EntityPath(entity);
            Feeds.Add(page);
            OlderCoverage(page, before.CoverageOf(entity), after.CoverageOf(entity), o, n);
            if (entity.Kind == ContentKind.Meeting && after.Meeting(entity.Slug) is { } meeting && after.SeriesOf(meeting) is { } series
                && before.Meeting(entity.Slug) is { } was && before.SeriesOf(was) is { } wasSeries)
            {
                var path = Urls.SeriesPath(series.Slug);
                Feeds.Add(path);
                OlderCoverage(path, before.CoverageOf(wasSeries), after.CoverageOf(series), o, n);
            }
        }

        Months(o, n);
        if (n is Article article)
        {
            Pages.UnionWith(after.NotesAbout(article).Select(x => Urls.EntityPath(ContentKind.Note, x.Slug)));

            // Event pages list their reports' cards: the events the article lists, and those that list it
            Pages.UnionWith(article.Events.Select(r => Urls.EntityPath(ContentKind.Event, r.Slug)));
            Pages.UnionWith(after.Events.Where(e => e.Articles.Any(r => r.Slug == article.Slug)).Select(e => Urls.EntityPath(ContentKind.Event, e.Slug)));
        }

        if (o is Note oldNote && n is Note newNote)
        {
            Pages.UnionWith(oldNote.About.Concat(newNote.About).Select(r => Urls.EntityPath(ContentKind.Article, r.Slug)));
        }

        foreach (var slug in after.Coverage.RelatedReplaced ?? (IEnumerable<string>)after.Coverage.Related.Keys)
        {
            var list = after.Coverage.Related.GetValueOrDefault(slug) ?? [];
            var was = before.Coverage.Related.GetValueOrDefault(slug) ?? [];
            if (!ReferenceEquals(was, list) && (list.Any(a => a.Slug == n.Slug) || !was.Select(a => a.Slug).SequenceEqual(list.Select(a => a.Slug))))
            {
                Pages.Add(Urls.EntityPath(ContentKind.Article, slug));
            }
        }

        var oldAt = IndexIn(before, o);
        var newAt = IndexIn(after, n);
        for (var page = Math.Min(oldAt, newAt) / SectionPages.PageSize; page <= Math.Max(oldAt, newAt) / SectionPages.PageSize; page++)
        {
            Pages.Add(Urls.SectionPath(n.Kind, page + 1));
        }

        var top = HomePage.Latest.GetValueOrDefault(n.Kind);
        if (keysChanged || o.Date != n.Date || Math.Min(oldAt, newAt) < top)
        {
            Pages.Add(Urls.HomePath);
        }

        if (Math.Min(oldAt, newAt) < Output.Feeds.FeedFiles.MaxEntries)
        {
            Feeds.Add(Urls.HomePath);
        }

        if (keysChanged)
        {
            Pages.UnionWith(new[] { ContentKind.Country, ContentKind.Group, ContentKind.Person, ContentKind.Topic }.Select(k => Urls.SectionPath(k)));
        }
    }

    /// <summary>
    /// The monthly briefing pages (and their feeds) of the month the item was and is dated to, and <c>/monthly/</c>,
    /// which counts each month's items (a month that gains its first item or loses its last is a page that comes or
    /// goes: <see cref="MonthsComeOrGo"/>).
    /// </summary>
    private void Months(DatedItem o, DatedItem n)
    {
        var months = new[] { o.Date, n.Date }.Where(d => d.Month is not null).Select(d => new PartialDate(d.Year, d.Month, null)).Distinct().ToList();
        if (months.Count == 0)
        {
            return;
        }

        foreach (var month in months)
        {
            var path = Urls.EntityPath(ContentKind.Month, MonthlyPages.Slug(month));
            Pages.Add(path);
            Feeds.Add(path);
        }

        Pages.Add(Urls.SectionPath(ContentKind.Month));
    }

    /// <summary>Notes that a month gained its first item or lost its last (known once the new context has its months).</summary>
    public void MonthsComeOrGo(MonthIndex before, MonthIndex after) => PagesComeOrGo |= !before.All.SequenceEqual(after.All);

    /// <summary>
    /// The page of an entity (or series) and those of its older coverage that can show the item: from where it was or
    /// is to where it is or was; all of them when it joins or leaves the coverage (each page counts the coverage) or
    /// moves to another year (each page counts the items of the years it shows).
    /// </summary>
    private void OlderCoverage(string page, IReadOnlyList<DatedItem> was, IReadOnlyList<DatedItem> now, DatedItem o, DatedItem n)
    {
        var size = EntityPages.CoveragePageSize;
        var pages = Paging.PageCount(now.Count, size);
        PagesComeOrGo |= pages != Paging.PageCount(was.Count, size);
        var from = Index(was, o);
        var to = Index(now, n);
        var everyPage = from < 0 || to < 0 || o.Date.Year != n.Date.Year;
        var first = everyPage ? 0 : Math.Min(from, to);
        var last = everyPage ? now.Count - 1 : Math.Max(from, to);
        Pages.Add(page);
        for (var p = Math.Max(2, (first / size) + 1); p <= Math.Min(pages, (last / size) + 1); p++)
        {
            Pages.Add(Urls.Paged(page, p));
        }
    }

    /// <summary>Where the item is in a coverage list (newest first, as <see cref="CoverageIndex.NewestFirst"/> orders it), or -1.</summary>
    private static int Index(IReadOnlyList<DatedItem> list, DatedItem item)
    {
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = CoverageIndex.NewestFirst(list[middle], item);
            if (order == 0)
            {
                return list[middle].Kind == item.Kind && list[middle].Slug == item.Slug ? middle : -1;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static int IndexIn(Site site, DatedItem item) =>
        ContentKinds.Of(item.Kind).IndexOf(site.Lists[item.Kind], item) is var at and >= 0 ? at
            : throw new InvalidOperationException($"{item.SourcePath} is not in the site");
}
