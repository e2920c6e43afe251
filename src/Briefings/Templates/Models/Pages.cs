namespace Briefings.Templates.Models;

/// <summary>What every page template sees as <c>page</c>: title, description and which nav section it is in.</summary>
public abstract record PageModel(string Title, string? Description, string Section);

public sealed record HomeModel(
    string Title,
    string? Description,
    IReadOnlyList<CardModel> Articles,
    IReadOnlyList<CardModel> Notes,
    IReadOnlyList<CardModel> Meetings,
    string? Period,
    IReadOnlyList<LinkModel> TopCountries,
    IReadOnlyList<LinkModel> TopGroups,
    Pages.Charts.ChartModel? CountriesChart,
    Pages.Charts.ChartModel? GroupsChart,
    IReadOnlyList<LinkModel> Sections,
    Maps.MapModel? Map) : PageModel(Title, Description, "home");

/// <summary>A paginated list of dated items (articles, notes, meetings).</summary>
public sealed record ListModel(
    string Title,
    string? Description,
    string Section,
    IReadOnlyList<CardModel> Cards,
    PagerModel Pager,
    IReadOnlyList<LinkGroupModel> Extra) : PageModel(Title, Description, Section);

/// <summary>An index of entities (countries, groups, people, topics) in labelled groups.</summary>
public sealed record DirectoryModel(
    string Title,
    string? Description,
    string Section,
    IReadOnlyList<LinkGroupModel> Groups,
    Maps.MapModel? Map = null) : PageModel(Title, Description, Section);

public sealed record ArticleModel(
    string Title,
    string? Description,
    DateModel Date,
    string? Dateline,
    string SourceName,
    string? SourceUrl,
    bool IsDraft,
    TrustedHtml Body,
    IReadOnlyList<LinkGroupModel> Entities,
    IReadOnlyList<CardModel> Notes,
    IReadOnlyList<CardModel> Related,
    IReadOnlyList<CardModel> Events) : PageModel(Title, Description, "articles");

public sealed record NoteModel(
    string Title,
    string? Description,
    DateModel Date,
    string Author,
    string? Confidence,
    string? ConfidenceMeaning,
    bool IsDraft,
    TrustedHtml Body,
    IReadOnlyList<CardModel> About,
    IReadOnlyList<LinkGroupModel> Entities,
    IReadOnlyList<SourceModel> Sources) : PageModel(Title, Description, "notes");

public sealed record MeetingModel(
    string Title,
    string? Description,
    DateModel Date,
    IReadOnlyList<FactModel> Facts,
    TrustedHtml Body,
    IReadOnlyList<LinkGroupModel> Participants,
    LinkModel? Series,
    LinkModel? Previous,
    LinkModel? Next,
    string CoverageSummary,
    IReadOnlyList<YearModel> Coverage) : PageModel(Title, Description, "meetings");

/// <summary>The page at an old path (an <c>aliases</c> entry): sends readers to <see cref="Target"/>, the page's href now.</summary>
public sealed record RedirectModel(string Title, string Target) : PageModel(Title, null, "redirect");

/// <summary>Country, group, person, topic and meeting-series pages: facts, coverage by year, related entities.</summary>
public sealed record EntityModel(
    string Title,
    string? Description,
    string Section,
    string KindLabel,
    string? Flag,
    IReadOnlyList<FactModel> Facts,
    TrustedHtml Body,
    IReadOnlyList<LinkGroupModel> Sections,
    string CoverageSummary,
    IReadOnlyList<YearModel> Coverage,
    IReadOnlyList<LinkModel> CoveredWith,
    Pages.Charts.ChartModel? Chart,
    PagerModel Pager,
    Maps.MapModel? Map = null) : PageModel(Title, Description, Section)
{
    /// <summary>Its relations to groups, people and countries; null when it has none.</summary>
    public RelationsModel? Relations { get; init; }

    /// <summary>Its latest trend and the strip of past ones; null when no month has an entry for it.</summary>
    public TrendStripModel? Trend { get; init; }
}

/// <summary>
/// Older coverage of a country, group, person, topic or meeting series: page 2 onwards of its timeline, after the
/// newest items on the entity's own page.
/// </summary>
public sealed record CoverageModel(
    string Title,
    string? Description,
    string Section,
    string KindLabel,
    LinkModel Entity,
    string CoverageSummary,
    IReadOnlyList<YearModel> Coverage,
    PagerModel Pager) : PageModel(Title, Description, Section);

/// <summary>The search page: Pagefind's UI when the site was indexed, an explanation when it was not.</summary>
public sealed record SearchModel(string Title, string? Description) : PageModel(Title, Description, "search");

/// <summary>The 404 page: works at any depth because every link is root-relative under the base path.</summary>
public sealed record NotFoundModel(string Title, string? Description, IReadOnlyList<LinkModel> Sections) : PageModel(Title, Description, "404");

/// <summary>
/// An event: what, when, where, who, casualties, its status as the sources give it, the sources and the reports.
/// <see cref="Map"/> is the event's point, drawn by precision, among the neighbours of its country (null when the map
/// data has no shape for it); its table and <see cref="Facts"/> are its text equivalent.
/// </summary>
public sealed record EventModel(
    string Title,
    string? Description,
    DateModel Date,
    LinkModel Type,
    string TypeDefinition,
    string Status,
    string StatusText,
    IReadOnlyList<LinkModel> ClaimedBy,
    IReadOnlyList<FactModel> Facts,
    TrustedHtml Body,
    IReadOnlyList<LinkGroupModel> Actors,
    IReadOnlyList<SourceModel> Sources,
    IReadOnlyList<CardModel> Reports,
    Maps.MapModel? Map) : PageModel(Title, Description, "events");

/// <summary>One column of the event exports, as the codebook documents it.</summary>
public sealed record CodebookColumnModel(string Name, string Type, string Meaning);

/// <summary>One event type of the codebook, with how many events have it and the list of them.</summary>
public sealed record CodebookTypeModel(string Slug, string Title, string Definition, bool IsSiteDefined, LinkModel? Events);

/// <summary><c>events/codebook/</c>: every column of <c>events.csv</c> and <c>events.json</c>, every event type and value.</summary>
public sealed record CodebookModel(
    string Title,
    string? Description,
    IReadOnlyList<CodebookColumnModel> Columns,
    IReadOnlyList<CodebookTypeModel> Types,
    IReadOnlyList<FactModel> Statuses,
    IReadOnlyList<FactModel> Precisions,
    IReadOnlyList<FactModel> Grades,
    IReadOnlyList<LinkModel> Downloads) : PageModel(Title, Description, "events");

/// <summary>Every relation of the site (<c>/relations/</c>), by type.</summary>
public sealed record RelationListModel(string Title, string? Description, IReadOnlyList<RelationTableModel> Tables) : PageModel(Title, Description, "relations");

/// <summary>The relations of one type.</summary>
public sealed record RelationTableModel(string Heading, string Id, IReadOnlyList<RelationRowModel> Rows);

/// <summary>A monthly briefing (<c>/monthly/2019-11/</c>): overview, trends by direction, the month's records, previous and next.</summary>
public sealed record MonthModel(
    string Title,
    string? Description,
    TrustedHtml Overview,
    IReadOnlyList<TrendGroupModel> Trends,
    IReadOnlyList<MonthSectionModel> Sections,
    LinkModel? Previous,
    LinkModel? Next,
    string? AtomHref,
    string? JsonHref,
    string IndexHref) : PageModel(Title, Description, "monthly");
