using Briefings.Diagnostics;
using Briefings.Markdown;

namespace Briefings.Advice;

/// <summary>
/// A run of text a reader sees — <paramref name="Length"/> characters of <paramref name="Source"/> from
/// <paramref name="Start"/>, read in place — with the place of its first character; exact when written on one line.
/// </summary>
internal readonly record struct ProseSegment(string Source, int Start, int Length, SourceLocation Location, bool IsSingleLine = true)
{
    public ReadOnlySpan<char> Text => Source.AsSpan(Start, Length);

    /// <summary>Where the character at <paramref name="offset"/> was written (the segment's start when it spans lines).</summary>
    public SourceLocation At(int offset) => IsSingleLine ? Location with { Column = Location.Column + offset } : Location;
}

/// <summary>
/// The text a reader sees in a Markdown body: paragraphs, headings, list items, table cells, link labels. Not code,
/// not URLs (of links, images or autolinks), not wiki links (a leaf: an explicit link is a choice, not a stray mention).
/// </summary>
internal static class ProseSegments
{
    public static IEnumerable<ProseSegment> Of(ParsedBody body, string path) =>
        body.Prose.Select(r => new ProseSegment(r.Source, r.Start, r.Length, new SourceLocation(path, r.Line, r.Column)));
}
