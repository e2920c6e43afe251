using Briefings.Diagnostics;
using Briefings.Markdown.Safety;
using Briefings.Markdown.WikiLinks;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Parses contributor Markdown once, with one immutable pipeline. Raw HTML is not passed through (it is shown as
/// text); links with schemes other than http, https and mailto are refused with a located error.
/// </summary>
public sealed class MarkdownParser
{
    public static readonly MarkdownPipeline Pipeline = Configure(new MarkdownPipelineBuilder()).Build();

    /// <summary>The one place the Markdown dialect is decided; the renderer adds its link resolution on top.</summary>
    internal static MarkdownPipelineBuilder Configure(MarkdownPipelineBuilder builder, ILinkResolver? resolver = null)
    {
        builder
            .DisableHtml()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub);
        builder.Extensions.AddIfNotAlready(new WikiLinkExtension(resolver));
        InlineBudget.Watch(builder.BlockParsers.Find<ParagraphBlockParser>()!);
        InlineBudget.Watch(builder.BlockParsers.Find<HeadingBlockParser>()!);
        return builder;
    }

    public static ParsedBody Parse(string markdown, string path, int firstLine, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            // Markdig's nesting limit (block quotes or lists inside each other, hundreds deep): content, not a crash.
            diagnostics.Error(new SourceLocation(path, firstLine, 1), DiagnosticCodes.MarkdownTooComplex,
                "the text is nested too deeply (block quotes, lists or brackets inside each other); simplify it");
            return new ParsedBody(new MarkdownDocument(), firstLine, []);
        }

        var wikiLinks = new List<WikiLinkUse>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LeafBlock leaf when InlineBudget.Exceeded(leaf) is { } markers:
                    diagnostics.Error(At(path, firstLine, markdown, leaf), DiagnosticCodes.MarkdownTooComplex,
                        $"this paragraph has {markers} link brackets and emphasis markers ([ * _ ~ ^ + =); the limit is {InlineBudget.MaxMarkers} per paragraph: split it");
                    break;
                case WikiLinkInline wiki:
                    wikiLinks.Add(new(wiki.KindWord, wiki.Slug, At(path, firstLine, markdown, wiki)));
                    break;
                case LinkInline link when !UrlPolicy.IsSafe(link.Url):
                    diagnostics.Error(At(path, firstLine, markdown, link), DiagnosticCodes.UnsafeLink,
                        $"{(link.IsImage ? "image" : "link")} URL '{Truncate(link.Url)}' is not allowed; use http, https, mailto or a relative link");
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsSafe(autolink.Url):
                    diagnostics.Error(At(path, firstLine, markdown, autolink), DiagnosticCodes.UnsafeLink,
                        $"link URL '{Truncate(autolink.Url)}' is not allowed; use http, https, mailto or a relative link");
                    break;
            }
        }

        NestHeadings(document);
        return new ParsedBody(document, firstLine, wikiLinks) { Text = markdown };
    }

    /// <summary>The page title is the only h1: a body's top heading level becomes h2, the rest keep their nesting.</summary>
    private static void NestHeadings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var shift = 2 - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }
    }

    /// <summary>
    /// Where a node starts in the file, from its source offset in the body (Markdig's own line numbers go wrong for
    /// inlines of a paragraph it later turns into a setext heading or a table); from its line when it has no span.
    /// </summary>
    private static SourceLocation At(string path, int firstLine, string markdown, MarkdownObject node)
    {
        var start = node.Span.Start;
        if (start < 0 || start > markdown.Length)
        {
            return new(path, firstLine + node.Line, node.Column + 1);
        }

        var before = markdown.AsSpan(0, start);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new(path, firstLine + before.Count('\n'), start - lineStart + 1);
    }

    private static string Truncate(string? url) => url is { Length: > 60 } ? url[..60] + "…" : url ?? "";
}
