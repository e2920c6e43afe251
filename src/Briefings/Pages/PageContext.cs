using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>What page builders share: the site, its URLs, Markdown rendering and the small model makers.</summary>
internal sealed class PageContext : ILinkResolver
{
    private readonly MarkdownRenderer _markdown;

    // Cards and plain links are the same on every page that shows them (an article's card is on its countries',
    // groups', topics' and list pages), so each is made once. Models are immutable: templates cannot change them.
    private readonly ConcurrentDictionary<DatedItem, CardModel> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<EntityKey, LinkModel> _links = new();

    // A coverage list's summary and items per year, counted once for all its pages (an entity in 30,000 articles has
    // 600 pages of older coverage: counting the whole list for each would grow with the square of its coverage). A
    // list is never changed once made (an edit in serve makes new lists), so the counts hold for as long as the list
    // lives, whichever context asks: serve's next context counts only the lists the edit replaced.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<DatedItem>, CoverageCounts> CountsOf = new();

    private sealed record CoverageCounts(string Summary, Dictionary<int, int> Years);

    public PageContext(Site site, Urls urls)
    {
        Site = site;
        Urls = urls;
        _markdown = new MarkdownRenderer(this, urls.BasePath);
        GroupsByCountry = site.Groups.SelectMany(g => g.Countries.Select(c => (c.Slug, g))).ToLookup(x => x.Slug, x => x.g, StringComparer.Ordinal);
        PeopleByCountry = site.People.Where(p => p.Country is not null).ToLookup(p => p.Country!.Slug, StringComparer.Ordinal);
        EventsByCountry = site.Events.ToLookup(e => e.Country.Slug, StringComparer.Ordinal);
        _reports = new Lazy<ILookup<string, string>>(() =>
            site.Articles.SelectMany(a => a.Events.Select(e => (e.Slug, a.Slug))).ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal));
        _months = new Lazy<MonthIndex>(() => new MonthIndex(site));
    }

    // Event slug → the slugs of the articles that list it (slugs, not articles: serve replaces an article in place)
    private readonly Lazy<ILookup<string, string>> _reports;

    /// <summary>The articles that report an event: those it lists and those that list it, each once, newest first.</summary>
    public IReadOnlyList<Article> ReportsOf(Event e) =>
        [.. e.Articles.Select(r => r.Slug).Concat(_reports.Value[e.Slug]).Select(Site.Article).OfType<Article>()
            .Distinct().Order(Comparer<Article>.Create(CoverageIndex.NewestFirst))];

    private readonly Lazy<MonthIndex> _months;

    /// <summary>The months with content and every entity's trends (made when first asked for).</summary>
    public MonthIndex Months => _months.Value;

    public Site Site { get; }

    /// <summary>
    /// A context for a site that differs from <paramref name="previous"/>'s in a few items (serve's incremental rebuilds):
    /// it takes over the cards and plain links <paramref name="previous"/> made, which must not be used after, except
    /// those of the items and entities that changed. Unchanged items are the same objects, so their cards (and the card
    /// partials rendered for them) are reused.
    /// </summary>
    internal PageContext(Site site, Urls urls, PageContext previous, IReadOnlyCollection<DatedItem> changedItems, IReadOnlyCollection<EntityKey> changedKeys)
    {
        Site = site;
        Urls = urls;
        _markdown = new MarkdownRenderer(this, urls.BasePath);
        _cards = previous._cards;
        _links = previous._links;
        foreach (var item in changedItems)
        {
            _cards.TryRemove(item, out _);
        }

        foreach (var key in changedKeys)
        {
            _links.TryRemove(key, out _);
        }

        // Updated in place are articles', notes' and other records' bodies and the front matter of articles and notes:
        // groups, people and events are the same objects (their lists too), and no monthly briefing file changed.
        var same = (ContentKind kind) => ReferenceEquals(previous.Site.Lists.GetValueOrDefault(kind), site.Lists.GetValueOrDefault(kind));
        GroupsByCountry = same(ContentKind.Group) ? previous.GroupsByCountry
            : site.Groups.SelectMany(g => g.Countries.Select(c => (c.Slug, g))).ToLookup(x => x.Slug, x => x.g, StringComparer.Ordinal);
        PeopleByCountry = same(ContentKind.Person) ? previous.PeopleByCountry : site.People.Where(p => p.Country is not null).ToLookup(p => p.Country!.Slug, StringComparer.Ordinal);
        EventsByCountry = same(ContentKind.Event) ? previous.EventsByCountry : site.Events.ToLookup(e => e.Country.Slug, StringComparer.Ordinal);
        _reports = previous._reports; // an article that changes the events it reports takes a full build
        var changed = changedKeys.Select(k => site.Find<DatedItem>(k)).OfType<DatedItem>().ToList();
        _months = previous._months.IsValueCreated && same(ContentKind.Month)
            ? new Lazy<MonthIndex>(previous.Months.With(changedItems, changed))
            : new Lazy<MonthIndex>(() => new MonthIndex(site));
    }

    public Urls Urls { get; }

    public ILookup<string, Group> GroupsByCountry { get; }

    public ILookup<string, Person> PeopleByCountry { get; }

    /// <summary>The events that happened in each country (its <c>country:</c>, not every country it names), in the site's order.</summary>
    public ILookup<string, Event> EventsByCountry { get; }

    public LinkTarget? Resolve(ContentKind kind, string slug)
    {
        var key = new EntityKey(kind, slug);
        return Site.Exists(key) ? new LinkTarget(Urls.Entity(key), Site.NameOf(key)) : null;
    }

    public TrustedHtml Body(ContentItem item) => new(_markdown.Render(item.Body));

    /// <summary>One line of Markdown (a trend entry's text), without the paragraph around it.</summary>
    public TrustedHtml Inline(ParsedBody body)
    {
        var html = _markdown.Render(body).Trim();
        return new(html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0 ? html[3..^4] : html);
    }

    public static DateModel Date(PartialDate date) => new(date.Display, date.Iso);

    public CardModel Card(DatedItem item) => _cards.GetOrAdd(item, static (i, ctx) => ctx.NewCard(i), this);

    private CardModel NewCard(DatedItem item) => ContentKinds.Of(item.Kind).Card(item, this);

    public IReadOnlyList<CardModel> Cards(IEnumerable<DatedItem> items) => [.. items.Select(Card)];

    public LinkModel Link(EntityKey key, int? count = null, string? detail = null) =>
        count is null && detail is null
            ? _links.GetOrAdd(key, static (k, ctx) => new(ctx.Site.NameOf(k), ctx.Urls.Entity(k)), this)
            : new(Site.NameOf(key), Urls.Entity(key), count, detail);

    public LinkModel Link(DatedItem item) => new(item.Title, Urls.Entity(item.Kind, item.Slug), null, item.Date.Display);

    /// <summary>The entity lists of an article, note or meeting, as labelled groups of links (empty groups left out).</summary>
    public IReadOnlyList<LinkGroupModel> EntityGroups(EntityRefs refs, string countriesHeading = "Countries")
    {
        var groups = new[]
        {
            (Heading: countriesHeading, Refs: refs.Countries),
            (Heading: "Groups", Refs: refs.Groups),
            (Heading: "Meetings", Refs: refs.Meetings),
            (Heading: "People", Refs: refs.People),
            (Heading: "Topics", Refs: refs.Topics),
        };
        return [.. groups
            .Where(g => g.Refs.Count > 0)
            .Select(g => new LinkGroupModel(g.Heading, [.. g.Refs.Select(r => Link(new EntityKey(r.Kind, r.Slug)))], g.Refs[0].Kind.Singular()))];
    }

    /// <summary>Coverage grouped by year, newest year first, each year newest first.</summary>
    public IReadOnlyList<YearModel> Timeline(IEnumerable<DatedItem> items) =>
        [.. items.GroupBy(i => i.Date.Year).OrderByDescending(g => g.Key).Select(g => new YearModel(g.Key, g.Count(), Cards(g)))];

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of a newest-first coverage list, grouped by year; each year's count is its
    /// count in the whole list, so a year split over two pages says so on both.
    /// </summary>
    public IReadOnlyList<YearModel> Timeline(IReadOnlyList<DatedItem> items, int page, int pageSize)
    {
        var slice = Paging.Slice(items, page, pageSize).ToList();
        var totals = Counts(items).Years;
        return [.. slice.GroupBy(i => i.Date.Year).OrderByDescending(g => g.Key).Select(g => new YearModel(g.Key, totals[g.Key], Cards(g)))];
    }

    /// <summary><see cref="CoverageSummary"/> of a coverage list, counted once per list.</summary>
    public string Summary(IReadOnlyList<DatedItem> items) => Counts(items).Summary;

    /// <summary>How many items of a coverage list are of each year, counted once per list.</summary>
    public IReadOnlyDictionary<int, int> YearCounts(IReadOnlyList<DatedItem> items) => Counts(items).Years;

    private static CoverageCounts Counts(IReadOnlyList<DatedItem> items) =>
        CountsOf.GetValue(items, static list => new(CoverageSummary(list), list.CountBy(i => i.Date.Year).ToDictionary()));

    /// <summary>"3 articles · 1 analyst note · 2 meetings".</summary>
    public static string CoverageSummary(IReadOnlyList<DatedItem> items)
    {
        if (items.Count == 0)
        {
            return "No coverage yet.";
        }

        var counts = new int[ContentKinds.All.Count];
        foreach (var item in items)
        {
            counts[(int)item.Kind]++;
        }

        return string.Join(" · ", ContentKinds.All.Where(d => counts[(int)d.Kind] > 0)
            .Select(d => Count(counts[(int)d.Kind], d.CoverageNoun.One, d.CoverageNoun.Many)));
    }

    public IReadOnlyList<LinkModel> CoveredWith(EntityKey key) =>
        [.. Site.CoMentionsOf(key, 12).Select(c => Link(c.Entity, c.Count, c.Entity.Kind.Singular()))];

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
