using Briefings.Content;
using Briefings.Countries;

namespace Briefings.Linking;

/// <summary>
/// The linked site: every record by kind, every reference resolved, backlinks and co-mentions computed.
/// Built once by <see cref="SiteLinker"/>, then only read (rendering runs in parallel over it).
/// </summary>
public sealed class Site
{
    private static readonly IReadOnlyList<DatedItem> NoItems = [];

    internal Site(
        SiteSettings settings,
        CountryCatalog countries,
        IReadOnlyDictionary<string, CountryProfile> countryProfiles,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Note> notes,
        IReadOnlyList<Meeting> meetings,
        IReadOnlyList<Group> groups,
        IReadOnlyList<Person> people,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<MeetingSeries> series,
        IReadOnlyList<Redirect> redirects,
        CoverageIndex coverage)
    {
        Settings = settings;
        Countries = countries;
        CountryProfiles = countryProfiles;
        Articles = articles;
        Notes = notes;
        Meetings = meetings;
        Groups = groups;
        People = people;
        Topics = topics;
        Series = series;
        Redirects = redirects;
        Coverage = coverage;
        _articles = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _notes = notes.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _meetings = meetings.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _groups = groups.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _people = people.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _topics = topics.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _series = series.ToDictionary(a => a.Slug, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Note> _notes;
    private readonly Dictionary<string, Meeting> _meetings;
    private readonly Dictionary<string, Group> _groups;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Topic> _topics;
    private readonly Dictionary<string, MeetingSeries> _series;

    public SiteSettings Settings { get; }

    public CountryCatalog Countries { get; }

    public IReadOnlyDictionary<string, CountryProfile> CountryProfiles { get; }

    /// <summary>Published articles (and drafts with <c>--drafts</c>), newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Note> Notes { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<MeetingSeries> Series { get; }

    /// <summary>Old paths (from <c>aliases</c>) that redirect to an article or note, validated and free of clashes between them.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

    internal CoverageIndex Coverage { get; }

    public Article? Article(string slug) => _articles.GetValueOrDefault(slug);

    public Note? Note(string slug) => _notes.GetValueOrDefault(slug);

    public Meeting? Meeting(string slug) => _meetings.GetValueOrDefault(slug);

    public Group? Group(string slug) => _groups.GetValueOrDefault(slug);

    public Person? Person(string slug) => _people.GetValueOrDefault(slug);

    public Topic? Topic(string slug) => _topics.GetValueOrDefault(slug);

    public MeetingSeries? SeriesOf(Meeting meeting) =>
        meeting.Series is { } s ? _series.GetValueOrDefault(s.Value) : null;

    /// <summary>Articles, notes and meetings that reference <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<DatedItem> CoverageOf(EntityKey key) => Coverage.Items.GetValueOrDefault(key) ?? NoItems;

    /// <summary>Articles and notes that reference <paramref name="meeting"/>, newest first.</summary>
    public IReadOnlyList<DatedItem> CoverageOf(Meeting meeting) => CoverageOf(new EntityKey(ContentKind.Meeting, meeting.Slug));

    /// <summary>A series' meetings and what covers any of them, each once, newest first.</summary>
    public IReadOnlyList<DatedItem> CoverageOf(MeetingSeries series) =>
        [.. series.Meetings
            .SelectMany(m => CoverageOf(m).Prepend(m))
            .DistinctBy(i => (i.Kind, i.Slug))
            .Order(Comparer<DatedItem>.Create(CoverageIndex.NewestFirst))];

    /// <summary>Entities most often covered together with <paramref name="key"/>, most first.</summary>
    public IReadOnlyList<CoMention> CoMentionsOf(EntityKey key, int max) => Coverage.CoMentions(key, max);

    public IReadOnlyList<Note> NotesAbout(Article article) => Coverage.NotesAbout.GetValueOrDefault(article.Slug) ?? [];

    public IReadOnlyList<Article> RelatedTo(Article article) => Coverage.Related.GetValueOrDefault(article.Slug) ?? [];

    /// <summary>The reader-facing name of any entity.</summary>
    public string NameOf(EntityKey key) => key.Kind switch
    {
        ContentKind.Country => Countries.Find(key.Slug)?.Name,
        ContentKind.Article => Article(key.Slug)?.Title,
        ContentKind.Note => Note(key.Slug)?.Title,
        ContentKind.Meeting => Meeting(key.Slug)?.Title,
        ContentKind.Group => Group(key.Slug)?.Name,
        ContentKind.Person => Person(key.Slug)?.Name,
        ContentKind.Topic => Topic(key.Slug)?.Title,
        _ => null,
    } ?? key.Slug;

    public bool Exists(EntityKey key) => key.Kind switch
    {
        ContentKind.Country => Countries.Find(key.Slug) is not null,
        ContentKind.Article => _articles.ContainsKey(key.Slug),
        ContentKind.Note => _notes.ContainsKey(key.Slug),
        ContentKind.Meeting => _meetings.ContainsKey(key.Slug),
        ContentKind.Group => _groups.ContainsKey(key.Slug),
        ContentKind.Person => _people.ContainsKey(key.Slug),
        ContentKind.Topic => _topics.ContainsKey(key.Slug),
        _ => false,
    };
}
