namespace Briefings.Content;

internal enum GroupKind
{
    Militant,
    Alliance,
    InternationalOrganization,
    GovernmentBody,
    Other,
}

internal sealed record Group : ContentItem, IHasRelations
{
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    public required string Name { get; init; }

    public required GroupKind GroupKind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<Ref> Countries { get; init; } = [];

    public string? Summary { get; init; }

    public override ContentKind Kind => ContentKind.Group;

    public override string DisplayName => Name;
}
