namespace Briefings.Content;

/// <summary>An optional file in <c>input/countries/</c> that adds a profile and aliases to a built-in country.</summary>
internal sealed record CountryProfile : ContentItem, IHasRelations
{
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Summary { get; init; }

    public override ContentKind Kind => ContentKind.Country;

    public override string DisplayName => Slug;
}
