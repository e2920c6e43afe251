using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>The kinds of relation between groups, people and countries (SPEC §7), as written in <c>relations:</c>.</summary>
internal enum RelationType
{
    AffiliateOf,
    SplinterOf,
    MergedInto,
    AllyOf,
    RivalOf,
    MemberOf,
    LeaderOf,
    FoundedBy,
    SupportedBy,
    DesignatedBy,
}

/// <summary>
/// One relation type: the word written in front matter, how the entity that writes it says it ("splinter of") and
/// how the other end says it ("splinter groups"). A symmetric type reads the same from both ends.
/// </summary>
internal sealed record RelationTypeInfo(RelationType Type, string Word, string Forward, string Inverse, string InverseRole, bool Symmetric = false)
{
    /// <summary>What the other end is, seen from the entity that writes the relation ("splinter of").</summary>
    public string ForwardRole => Forward.ToLowerInvariant();
}

/// <summary>The one list of relation types and their wording.</summary>
internal static class RelationTypes
{
    public static readonly IReadOnlyList<RelationTypeInfo> All =
    [
        new(RelationType.AffiliateOf, "affiliate-of", "Affiliate of", "Affiliates", "affiliate"),
        new(RelationType.SplinterOf, "splinter-of", "Splinter of", "Splinter groups", "splinter group"),
        new(RelationType.MergedInto, "merged-into", "Merged into", "Absorbed", "merged into it"),
        new(RelationType.AllyOf, "ally-of", "Ally of", "Ally of", "ally of", Symmetric: true),
        new(RelationType.RivalOf, "rival-of", "Rival of", "Rival of", "rival of", Symmetric: true),
        new(RelationType.MemberOf, "member-of", "Member of", "Members", "member"),
        new(RelationType.LeaderOf, "leader-of", "Leader of", "Leaders", "leader"),
        new(RelationType.FoundedBy, "founded-by", "Founded by", "Founder of", "founded"),
        new(RelationType.SupportedBy, "supported-by", "Supported by", "Supports", "supported"),
        new(RelationType.DesignatedBy, "designated-by", "Designated by", "Has designated", "designated"),
    ];

    public static readonly IReadOnlyDictionary<string, RelationType> ByWord = All.ToDictionary(t => t.Word, t => t.Type, StringComparer.Ordinal);

    public static RelationTypeInfo Of(RelationType type) => All[(int)type];
}

/// <summary>
/// A relation written in a group's, person's or country's <c>relations:</c>: the entity of that file (<see cref="Owner"/>)
/// stands in <see cref="Type"/> to <see cref="With"/>, from and to partial dates when known.
/// </summary>
internal sealed record Relation(
    RelationType Type,
    Located<string> TypeWord,
    Ref With,
    PartialDate? From,
    PartialDate? To,
    SourceLocation? ToLocation,
    string? Note,
    SourceLocation Location)
{
    /// <summary>The kind and slug of the file that writes it; set by the reader.</summary>
    public required Ref Owner { get; init; }

    /// <summary>Where it is reported, each with its Admiralty grade when given.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; init; } = [];

    /// <summary>"since March 2018", "2015 – 2019", "until 2020"; empty when undated.</summary>
    public string Period => (From, To) switch
    {
        ({ } f, { } t) => $"{f.Display} – {t.Display}",
        ({ } f, null) => $"since {f.Display}",
        (null, { } t) => $"until {t.Display}",
        _ => "",
    };
}

/// <summary>Groups, people and country profiles: the records that may write <c>relations:</c>.</summary>
internal interface IHasRelations
{
    IReadOnlyList<Relation> Relations { get; }
}
