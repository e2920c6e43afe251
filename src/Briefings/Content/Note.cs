namespace Briefings.Content;

/// <summary>Analytic confidence, as used in intelligence writing.</summary>
internal enum Confidence
{
    Low,
    Moderate,
    High,
}

internal sealed record Note : DatedItem
{
    public required string Author { get; init; }

    public IReadOnlyList<Ref> About { get; init; } = [];

    public Confidence? Confidence { get; init; }

    /// <summary>The sources the note's judgements rest on, each with its Admiralty grade when given.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; init; } = [];

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    public override IReadOnlyList<Located<string>> OldPaths => Aliases;

    public override ContentKind Kind => ContentKind.Note;
}
