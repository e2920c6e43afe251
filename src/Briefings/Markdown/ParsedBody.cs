using Briefings.Diagnostics;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>A wiki link as written in a body, kept for the Link stage to resolve.</summary>
public sealed record WikiLinkUse(string KindWord, string Slug, SourceLocation Location);

/// <summary>A Markdown body parsed once: the document, the file line its first line is on, and its wiki links.</summary>
public sealed record ParsedBody(MarkdownDocument Document, int FirstLine, IReadOnlyList<WikiLinkUse> WikiLinks)
{
    /// <summary>The Markdown as written (LF line endings); node spans are offsets into it.</summary>
    public string Text { get; init; } = "";

    public bool IsEmpty => Document.Count == 0;
}
