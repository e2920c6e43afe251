using Briefings.Diagnostics;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>A wiki link as written in a body, kept for the Link stage to resolve.</summary>
public sealed record WikiLinkUse(string KindWord, string Slug, SourceLocation Location);

/// <summary>A Markdown body parsed once: the document, the file line its first line is on, and its wiki links.</summary>
public sealed record ParsedBody(MarkdownDocument Document, int FirstLine, IReadOnlyList<WikiLinkUse> WikiLinks)
{
    /// <summary>
    /// The text parsed (LF line endings): the body, or the whole file when parsed in place (front matter left out of
    /// the document). Node spans are offsets into it.
    /// </summary>
    public string Text { get; init; } = "";

    /// <summary>Where the body starts in <see cref="Text"/>: 0, or after the front matter when parsed in place.</summary>
    public int BodyStart { get; init; }

    /// <summary>The lines of <see cref="Text"/> before the body: 0, or the front matter's when parsed in place.</summary>
    public int SkippedLines { get; init; }

    /// <summary>
    /// The file line of a node's (0-based) line in <see cref="Text"/>. A node Markdig left on line 0 (such as a
    /// bracket that opened no link) is on the body's first line, as it is when the body is parsed by itself.
    /// </summary>
    public int FileLine(int nodeLine) => FirstLine + Math.Max(0, nodeLine - SkippedLines);

    public bool IsEmpty => Document.Count == 0;
}
