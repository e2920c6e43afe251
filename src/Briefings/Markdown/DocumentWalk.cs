using Briefings.Diagnostics;
using Briefings.Markdown.Safety;
using Briefings.Markdown.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// One depth-first walk of the parsed document, in the order of Markdig's <c>Descendants()</c> (a block, then its
/// inlines, then the next block): reports over-budget blocks and unsafe links, collects wiki links and headings.
/// </summary>
internal sealed class DocumentWalk(string path, ParsedBody body, DiagnosticBag diagnostics)
{
    public List<WikiLinkUse> WikiLinks { get; } = [];

    public List<HeadingBlock> Headings { get; } = [];

    public void Blocks(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is ContainerBlock children)
            {
                Blocks(children);
            }
            else if (block is LeafBlock leaf)
            {
                Leaf(leaf);
            }
        }
    }

    private void Leaf(LeafBlock leaf)
    {
        if (leaf is HeadingBlock heading)
        {
            Headings.Add(heading);
        }

        if (InlineBudget.Exceeded(leaf) is { } markers)
        {
            diagnostics.Error(At(leaf), DiagnosticCodes.MarkdownTooComplex,
                $"this paragraph has {markers} link brackets and emphasis markers ([ * _ ~ ^ + =); the limit is {InlineBudget.MaxMarkers} per paragraph: split it");
        }

        if (leaf.Inline is { } inlines)
        {
            Inlines(inlines);
        }
    }

    private void Inlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case WikiLinkInline wiki:
                    WikiLinks.Add(new(wiki.KindWord, wiki.Slug, At(wiki)));
                    break;
                case LinkInline link when !UrlPolicy.IsSafe(link.Url):
                    diagnostics.Error(At(link), DiagnosticCodes.UnsafeLink,
                        $"{(link.IsImage ? "image" : "link")} URL '{Truncate(link.Url)}' is not allowed; use http, https, mailto or a relative link");
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsSafe(autolink.Url):
                    diagnostics.Error(At(autolink), DiagnosticCodes.UnsafeLink,
                        $"link URL '{Truncate(autolink.Url)}' is not allowed; use http, https, mailto or a relative link");
                    break;
            }

            if (inline is ContainerInline children)
            {
                Inlines(children);
            }
        }
    }

    /// <summary>
    /// Where a node starts in the file, from its source offset in the body (Markdig's own line numbers go wrong for
    /// inlines of a paragraph it later turns into a setext heading or a table); from its line when it has no span.
    /// An offset before the body (Markdig's 0 for a node it gave no place) counts as the body's first character.
    /// </summary>
    private SourceLocation At(MarkdownObject node)
    {
        var text = body.Text.AsSpan(body.BodyStart);
        var start = node.Span.Start < 0 ? -1 : Math.Max(0, node.Span.Start - body.BodyStart);
        if (start < 0 || start > text.Length)
        {
            return new(path, body.FileLine(node.Line), node.Column + 1);
        }

        var before = text[..start];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new(path, body.FirstLine + before.Count('\n'), start - lineStart + 1);
    }

    private static string Truncate(string? url) => url is { Length: > 60 } ? url[..60] + "…" : url ?? "";
}
