namespace Briefings.Content;

/// <summary>What is known of an event: as it happened, as someone claims, or in dispute. Shown as it is, never upgraded.</summary>
internal enum EventStatus
{
    Confirmed,
    Claimed,
    Disputed,
}

/// <summary>How precisely an event's place is known: the point itself, near it, somewhere in a region, or only the country.</summary>
internal enum LocationPrecision
{
    Exact,
    Near,
    Region,
    Country,
}

/// <summary>A point on the globe in decimal degrees (WGS 84): latitude −90…90, longitude −180…180.</summary>
internal readonly record struct Coordinates(double Latitude, double Longitude);

/// <summary>
/// Something that happened, on a day (or month, or year), in a country, of a type from the codebook: an attack, an
/// exercise, an agreement (<c>events/&lt;yyyy&gt;/&lt;slug&gt;.md</c>, SPEC §7). Its <see cref="DatedItem.Refs"/> are
/// every entity it names — the country it happened in, its actors, who claimed it, the people — so it is on each of
/// their timelines; the fields below keep each role apart.
/// </summary>
internal sealed record Event : DatedItem
{
    /// <summary>The slug of its type in the codebook (<see cref="EventTypes"/>), with where it was written.</summary>
    public required Located<string> Type { get; init; }

    /// <summary>The country where it happened.</summary>
    public required Ref Country { get; init; }

    /// <summary>The place as text: "Dasu, Khyber Pakhtunkhwa".</summary>
    public string? Place { get; init; }

    public Coordinates? Coordinates { get; init; }

    public LocationPrecision Precision { get; init; }

    /// <summary>Actor groups, as listed.</summary>
    public IReadOnlyList<Ref> Groups { get; init; } = [];

    /// <summary>Actor countries, as listed.</summary>
    public IReadOnlyList<Ref> Countries { get; init; } = [];

    public IReadOnlyList<Ref> ClaimedBy { get; init; } = [];

    public IReadOnlyList<Ref> People { get; init; } = [];

    public int? Fatalities { get; init; }

    public int? Injured { get; init; }

    public EventStatus Status { get; init; }

    public IReadOnlyList<SourceCitation> Sources { get; init; } = [];

    /// <summary>Articles that report it, as listed here (articles may also list it under <c>events:</c>).</summary>
    public IReadOnlyList<Ref> Articles { get; init; } = [];

    public override ContentKind Kind => ContentKind.Event;
}

/// <summary>What the list of events can be narrowed by, each value a page of its own.</summary>
internal enum EventFacet
{
    Type,
    Country,
    Group,
    Year,
}

/// <summary>The formats events are downloadable in.</summary>
internal enum EventExportFormat
{
    Csv,
    Json,
}
