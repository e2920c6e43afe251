using Briefings.Content;
using Briefings.Countries;

namespace Briefings.Linking;

/// <summary>
/// The linked site: every record by kind, every reference resolved, backlinks and co-mentions computed.
/// Built once by <see cref="SiteLinker"/>, then only read (rendering runs in parallel over it).
/// </summary>
internal sealed class Site
{
    private static readonly IReadOnlyList<DatedItem> NoItems = [];

    /// <summary>What files' unknown references probably meant, by file (see <see cref="ReferenceResolver.Meant"/>).</summary>
    public IReadOnlySet<(string Path, EntityKey Entity)> MeantByBrokenReferences { get; init; } = new HashSet<(string, EntityKey)>();

    /// <summary>Every relation between groups, people and countries, by both ends.</summary>
    public RelationGraph Relations { get; init; } = RelationGraph.Empty;

    /// <param name="patch">
    /// For serve's updates in place (<see cref="With"/>): the site this one replaces a record of, and the new record.
    /// Its entity table is copied with that one entry changed instead of being made from every record.
    /// </param>
    internal Site(
        SiteSettings settings,
        CountryCatalog countries,
        IReadOnlyDictionary<string, CountryProfile> countryProfiles,
        IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentItem>> lists,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<MeetingSeries> series,
        IReadOnlyList<Redirect> redirects,
        CoverageIndex coverage,
        (Site Previous, ContentItem Changed)? patch = null)
    {
        Settings = settings;
        Countries = countries;
        CountryProfiles = countryProfiles;
        Lists = lists;
        Articles = ListOf<Article>(ContentKind.Article);
        Notes = ListOf<Note>(ContentKind.Note);
        Meetings = ListOf<Meeting>(ContentKind.Meeting);
        Events = ListOf<Event>(ContentKind.Event);
        Groups = ListOf<Group>(ContentKind.Group);
        People = ListOf<Person>(ContentKind.Person);
        Topics = topics;
        Series = series;
        Redirects = redirects;
        Coverage = coverage;
        _series = series.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        if (patch is var (previous, changed))
        {
            _entities = new Dictionary<EntityKey, SiteEntity>(previous._entities);
            var key = new EntityKey(changed.Kind, changed.Slug);
            _entities[key] = changed is CountryProfile ? _entities[key] with { Item = changed } : new(changed.DisplayName, changed);
            return;
        }

        var count = countries.Slugs.Count() + lists.Values.Sum(l => l.Count) + topics.Count;
        _entities = new Dictionary<EntityKey, SiteEntity>(count);
        foreach (var country in countries.All)
        {
            _entities[new EntityKey(ContentKind.Country, country.Slug)] = new(country.Name, countryProfiles.GetValueOrDefault(country.Slug));
        }

        foreach (var item in ContentKinds.All.SelectMany(d => lists.GetValueOrDefault(d.Kind) ?? []))
        {
            _entities[new EntityKey(item.Kind, item.Slug)] = new(item.DisplayName, item);
        }

        foreach (var topic in topics)
        {
            _entities[new EntityKey(ContentKind.Topic, topic.Slug)] = new(topic.Title, null);
        }
    }

    /// <summary>
    /// This site with <paramref name="after"/> in place of the record of the same kind and slug (serve's updates in
    /// place): the given lists, profiles, series and coverage, which the caller brought up to date, and this site's
    /// entities with that one entry changed — not worked out again from every record.
    /// </summary>
    internal Site With(
        ContentItem after,
        IReadOnlyDictionary<string, CountryProfile> countryProfiles,
        IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentItem>> lists,
        IReadOnlyList<MeetingSeries> series,
        CoverageIndex coverage)
    {
        return new Site(Settings, Countries, countryProfiles, lists, Topics, series, Redirects, coverage, (this, after))
        {
            Relations = Relations,
            MeantByBrokenReferences = MeantByBrokenReferences,
        };
    }

    /// <summary>Every entity of the site — built-in countries, topics and every record — by kind and slug.</summary>
    private readonly Dictionary<EntityKey, SiteEntity> _entities;
    private readonly Dictionary<string, MeetingSeries> _series;

    public SiteSettings Settings { get; }

    /// <summary>Each kind's records in the site's order (<see cref="Kinds.KindDescriptor.List"/>); the typed lists below are views of them.</summary>
    public IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentItem>> Lists { get; }

    public CountryCatalog Countries { get; }

    public IReadOnlyDictionary<string, CountryProfile> CountryProfiles { get; }

    /// <summary>Published articles (and drafts with <c>--drafts</c>), newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Note> Notes { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Events, newest first.</summary>
    public IReadOnlyList<Event> Events { get; }

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<MeetingSeries> Series { get; }

    /// <summary>Old paths (from <c>aliases</c>) that redirect to an article or note, validated and free of clashes between them.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

    internal CoverageIndex Coverage { get; }

    /// <summary>The record of <paramref name="key"/> when it is a <typeparamref name="T"/> (a country's is its profile, if it has one).</summary>
    public T? Find<T>(EntityKey key)
        where T : ContentItem => _entities.GetValueOrDefault(key).Item as T;

    public Article? Article(string slug) => Find<Article>(new EntityKey(ContentKind.Article, slug));

    public Note? Note(string slug) => Find<Note>(new EntityKey(ContentKind.Note, slug));

    public Meeting? Meeting(string slug) => Find<Meeting>(new EntityKey(ContentKind.Meeting, slug));

    public Group? Group(string slug) => Find<Group>(new EntityKey(ContentKind.Group, slug));

    public Person? Person(string slug) => Find<Person>(new EntityKey(ContentKind.Person, slug));

    /// <summary>The records of a dated kind, newest first (empty for the others).</summary>
    public IReadOnlyList<DatedItem> Dated(ContentKind kind) => Lists.GetValueOrDefault(kind) as IReadOnlyList<DatedItem> ?? NoItems;

    /// <summary>Every dated record (articles, notes, meetings), kind by kind.</summary>
    public IEnumerable<DatedItem> AllDated => ContentKinds.All.SelectMany(d => Dated(d.Kind));

    private IReadOnlyList<T> ListOf<T>(ContentKind kind)
        where T : ContentItem => Lists.GetValueOrDefault(kind) as IReadOnlyList<T> ?? [];

    /// <summary>The series with this slug, if the site has it.</summary>
    public MeetingSeries? SeriesNamed(string slug) => _series.GetValueOrDefault(slug);

    public MeetingSeries? SeriesOf(Meeting meeting) =>
        meeting.Series is { } s ? _series.GetValueOrDefault(s.Value) : null;

    /// <summary>Articles, notes and meetings that reference <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<DatedItem> CoverageOf(EntityKey key) => Coverage.Items.GetValueOrDefault(key) ?? NoItems;

    /// <summary>Articles and notes that reference <paramref name="meeting"/>, newest first.</summary>
    public IReadOnlyList<DatedItem> CoverageOf(Meeting meeting) => CoverageOf(new EntityKey(ContentKind.Meeting, meeting.Slug));

    /// <summary>
    /// A series' meetings and what covers any of them, each once, newest first: worked out once per site, for the
    /// site's series of that slug (a page planned with an earlier version of the series gets this site's).
    /// </summary>
    public IReadOnlyList<DatedItem> CoverageOf(MeetingSeries series) =>
        _seriesCoverage.GetOrAdd(series.Slug, static (slug, x) =>
            [.. (x.Site.SeriesNamed(slug) ?? x.Series).Meetings
                .SelectMany(m => x.Site.CoverageOf(m).Prepend(m))
                .DistinctBy(i => (i.Kind, i.Slug))
                .Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst))], (Site: this, Series: series));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<DatedItem>> _seriesCoverage = new(StringComparer.Ordinal);

    /// <summary>Entities most often covered together with <paramref name="key"/>, most first.</summary>
    public IReadOnlyList<CoMention> CoMentionsOf(EntityKey key, int max) => Coverage.CoMentions(key, max);

    public IReadOnlyList<Note> NotesAbout(Article article) => Coverage.NotesAbout.GetValueOrDefault(article.Slug) ?? [];

    public IReadOnlyList<Article> RelatedTo(Article article) => Coverage.Related.GetValueOrDefault(article.Slug) ?? [];

    /// <summary>The reader-facing name of any entity.</summary>
    public string NameOf(EntityKey key) => _entities.TryGetValue(key, out var entity) ? entity.Name : key.Slug;

    public bool Exists(EntityKey key) => _entities.ContainsKey(key);

    /// <summary>An entity's name and record (null for a topic, and for a country without a profile).</summary>
    private readonly record struct SiteEntity(string Name, ContentItem? Item);
}
