namespace Briefings.Content;

internal sealed record Person : ContentItem, IHasRelations
{
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public Ref? Country { get; init; }

    public string? Role { get; init; }

    public string? Summary { get; init; }

    public override ContentKind Kind => ContentKind.Person;

    public override string DisplayName => Name;
}
