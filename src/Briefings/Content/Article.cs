namespace Briefings.Content;

internal sealed record SourceInfo(string Name, Uri? Url);

internal sealed record Article : DatedItem
{
    public required SourceInfo Source { get; init; }

    public string? Dateline { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>The events it reports (<c>events:</c>); an event may list its reports too (its <c>articles:</c>).</summary>
    public IReadOnlyList<Ref> Events { get; init; } = [];

    public override IReadOnlyList<Located<string>> OldPaths => Aliases;

    public override ContentKind Kind => ContentKind.Article;
}
