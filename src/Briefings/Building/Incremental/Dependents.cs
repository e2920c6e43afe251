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
    private const int HomeArticles = 10;
    private const int HomeNotes = 5;

    public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>The pages of the changed items themselves: written first.</summary>
    public HashSet<string> Own { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Feeds { get; } = new(StringComparer.Ordinal);

    public bool Sitemap { get; private set; }

    public void Add(Site before, Site after, ContentItem old, ContentItem now, bool bodyOnly, WikiLinkIndex wikiLinks)
    {
        var own = WikiLinkIndex.PageOf(now);
        Own.Add(own);
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
            Pages.Add(page);
            Feeds.Add(page);
            if (entity.Kind == ContentKind.Meeting && after.Meeting(entity.Slug) is { } meeting && after.SeriesOf(meeting) is { } series)
            {
                Pages.Add(Urls.SeriesPath(series.Slug));
                Feeds.Add(Urls.SeriesPath(series.Slug));
            }
        }

        if (n is Article article)
        {
            Pages.UnionWith(after.NotesAbout(article).Select(x => Urls.EntityPath(ContentKind.Note, x.Slug)));
        }

        if (o is Note oldNote && n is Note newNote)
        {
            Pages.UnionWith(oldNote.About.Concat(newNote.About).Select(r => Urls.EntityPath(ContentKind.Article, r.Slug)));
        }

        foreach (var (slug, list) in after.Coverage.Related)
        {
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

        var top = n is Article ? HomeArticles : HomeNotes;
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

    private static int IndexIn(Site site, DatedItem item)
    {
        IReadOnlyList<DatedItem> list = item is Article ? site.Articles : site.Notes;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Slug == item.Slug)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{item.SourcePath} is not in the site");
    }
}
