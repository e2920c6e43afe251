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
internal sealed class MarkdownParser
{
    public static readonly MarkdownPipeline Pipeline = Configure(new MarkdownPipelineBuilder()).Build();

    /// <summary>The one place the Markdown dialect is decided.</summary>
    internal static MarkdownPipelineBuilder Configure(MarkdownPipelineBuilder builder)
    {
        builder
            .DisableHtml()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub);
        builder.Extensions.AddIfNotAlready(new WikiLinkExtension());
        builder.BlockParsers.Insert(0, new FrontMatterLines());
        InlineBudget.Watch(builder.BlockParsers.Find<ParagraphBlockParser>()!);
        InlineBudget.Watch(builder.BlockParsers.Find<HeadingBlockParser>()!);
        return builder;
    }

    /// <summary>Parses a body by itself; <paramref name="firstLine"/> is the file line it starts on.</summary>
    public static ParsedBody Parse(string markdown, string path, int firstLine, DiagnosticBag diagnostics) =>
        Parse(markdown, 0, 0, path, firstLine, diagnostics);

    /// <summary>
    /// Parses the body of a whole file in place, without copying it out: the file's lines before
    /// <paramref name="firstLine"/> (its front matter, fences included) are left out.
    /// </summary>
    /// <remarks>
    /// A body with a tab is copied out and parsed by itself after all: Markdig expands a tab in a copy of its line,
    /// and places some nodes of that line relative to the body's start, not the text's.
    /// </remarks>
    public static ParsedBody ParseInPlace(string file, int bodyStart, string path, int firstLine, DiagnosticBag diagnostics) =>
        file.AsSpan(bodyStart).Contains('\t')
            ? Parse(file[bodyStart..], 0, 0, path, firstLine, diagnostics)
            : Parse(file, bodyStart, firstLine - 1, path, firstLine, diagnostics);

    private static ParsedBody Parse(string text, int bodyStart, int skipLines, string path, int firstLine, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline, skipLines > 0 ? FrontMatterLines.Skipping(skipLines) : null);
        }
        catch (ArgumentException e) when (ThrownBy.Library(e, "Markdig"))
        {
            // Markdig's nesting limit (block quotes or lists inside each other, hundreds deep): content, not a crash.
            diagnostics.Error(new SourceLocation(path, firstLine, 1), DiagnosticCodes.MarkdownTooComplex,
                "the text is nested too deeply (block quotes, lists or brackets inside each other); simplify it");
            return ParsedBody.Empty(firstLine);
        }

        if (document.Count > 0 && FrontMatterLines.IsFrontMatter(document[0]))
        {
            document.RemoveAt(0);
        }

        var body = ParsedBody.Empty(firstLine) with { Text = text, BodyStart = bodyStart, SkippedLines = skipLines };
        var walk = new DocumentWalk(path, body, diagnostics);
        walk.Blocks(document);
        NestHeadings(walk.Headings);
        var (html, slots) = BodyHtmlWriter.Write(document);
        return body with { Html = html, Slots = slots, WikiLinks = walk.WikiLinks, Prose = ProseOf(document, body) };
    }

    /// <summary>The literal text of the document a reader sees, where it was written; not the text of autolinks.</summary>
    private static ProseRun[] ProseOf(MarkdownDocument document, ParsedBody body)
    {
        var runs = new List<ProseRun>();
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.Text is null || content.Length <= 0 || InAutolink(literal))
            {
                continue;
            }

            runs.Add(new ProseRun(content.Text, content.Start, content.Length, body.FileLine(literal.Line), literal.Column + 1));
        }

        return [.. runs];
    }

    private static bool InAutolink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsAutoLink: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page title is the only h1: a body's top heading level becomes h2, the rest keep their nesting.</summary>
    private static void NestHeadings(List<HeadingBlock> headings)
    {
        if (headings.Count == 0)
        {
            return;
        }

        var top = int.MaxValue;
        foreach (var heading in headings)
        {
            top = Math.Min(top, heading.Level);
        }

        var shift = 2 - top;
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }
    }
}
