namespace Briefings.Content;

internal sealed record SourceInfo(string Name, Uri? Url);

internal sealed record Article : DatedItem
{
    public required SourceInfo Source { get; init; }

    public string? Dateline { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    public override IReadOnlyList<Located<string>> OldPaths => Aliases;

    public override ContentKind Kind => ContentKind.Article;
}
