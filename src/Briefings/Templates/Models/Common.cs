namespace Briefings.Templates.Models;

/// <summary>A link with optional count ("Pakistan (12)") and detail text.</summary>
public sealed record LinkModel(string Text, string Href, int? Count = null, string? Detail = null)
{
    /// <summary>The text as the value of a Pagefind filter attribute (see <see cref="Output.Search.PagefindText"/>).</summary>
    public string FilterValue => Output.Search.PagefindText.FilterValue(Text);
}

/// <summary>A partial date: what readers see and the machine-readable value for <c>&lt;time&gt;</c>.</summary>
public sealed record DateModel(string Display, string Iso);

/// <summary>One article, note or meeting in a list; one per item and build, shown wherever the item is listed.</summary>
public sealed record CardModel(string Kind, string Title, string Href, DateModel Date, string? Summary, string? Meta) : ISharedModel;

/// <summary>One year of an entity's coverage timeline.</summary>
public sealed record YearModel(int Year, int Count, IReadOnlyList<CardModel> Items);

/// <summary>A labelled list of links ("Countries", "People"); <see cref="Filter"/> names the search filter they feed.</summary>
public sealed record LinkGroupModel(string Heading, IReadOnlyList<LinkModel> Links, string? Filter = null);

/// <summary>A fact in a definition list; a link when <see cref="Href"/> is set.</summary>
public sealed record FactModel(string Label, string Text, string? Href = null);

public sealed record PagerModel(int Page, int Pages, string? Previous, string? Next);

public sealed record NavItemModel(string Text, string Href, string Section);

/// <summary>What every template sees as <c>site</c>.</summary>
public sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string Home,
    string Stylesheet,
    string Icon,
    IReadOnlyList<NavItemModel> Nav,
    string? Author,
    string? Copyright,
    bool SearchEnabled,
    string PagefindBase,
    string Scripts);

/// <summary>One relation on an entity's page: the entity at its other end, when, and the writer's note.</summary>
public sealed record RelationItemModel(string Text, string Href, string? Period, string? Note, IReadOnlyList<SourceModel> Sources);

/// <summary>The relations of one wording ("Splinter of", "Splinter groups").</summary>
public sealed record RelationGroupModel(string Heading, IReadOnlyList<RelationItemModel> Items);

/// <summary>An entity's relations: the network picture, the same as a list, and leadership as a dated timeline.</summary>
public sealed record RelationsModel(
    Templates.TrustedHtml? Network,
    string NetworkTitle,
    int Hidden,
    IReadOnlyList<RelationGroupModel> Groups,
    IReadOnlyList<LeadershipModel> Leadership,
    string LeadershipHeading,
    string AllHref);

/// <summary>One stint of leadership: who led what, from and to when (as precise as known).</summary>
public sealed record LeadershipModel(string Text, string Href, DateModel? From, DateModel? To, string Period);

/// <summary>One row of the site-wide list of relations.</summary>
public sealed record RelationRowModel(LinkModel From, string Relation, LinkModel To, string? Period, string? Note, IReadOnlyList<SourceModel> Sources);

/// <summary>One trend entry as shown: the entity, which way it went (word and arrow), an alert, the line of text, sources.</summary>
public sealed record TrendEntryModel(LinkModel Entity, string Trend, string Word, Templates.TrustedHtml Arrow, string? Alert, Templates.TrustedHtml Text, IReadOnlyList<SourceModel> Sources, string Anchor);

/// <summary>The entries of a month that went one way ("Deteriorated").</summary>
public sealed record TrendGroupModel(string Heading, string Trend, Templates.TrustedHtml Arrow, IReadOnlyList<TrendEntryModel> Entries);

/// <summary>One dated kind's records of a month ("Articles").</summary>
public sealed record MonthSectionModel(string Heading, string Id, IReadOnlyList<CardModel> Cards);

/// <summary>An entity's trend in one month, in the strip of past trends.</summary>
public sealed record TrendPointModel(string Month, string Href, string Trend, string Word, string? Alert);

/// <summary>An entity's latest trend and the strip of its past ones (a picture and the same as a list).</summary>
public sealed record TrendStripModel(TrendPointModel Latest, Templates.TrustedHtml LatestText, Templates.TrustedHtml LatestArrow, Templates.TrustedHtml Svg, IReadOnlyList<TrendPointModel> Points);
