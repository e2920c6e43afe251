using Briefings.Diagnostics;
using Briefings.Markdown.Safety;
using Briefings.Markdown.WikiLinks;
using Markdig;
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
        return builder;
    }

    public static ParsedBody Parse(string markdown, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var wikiLinks = new List<WikiLinkUse>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case WikiLinkInline wiki:
                    wikiLinks.Add(new(wiki.KindWord, wiki.Slug, At(path, firstLine, wiki)));
                    break;
                case LinkInline link when !UrlPolicy.IsSafe(link.Url):
                    diagnostics.Error(At(path, firstLine, link), DiagnosticCodes.UnsafeLink,
                        $"{(link.IsImage ? "image" : "link")} URL '{Truncate(link.Url)}' is not allowed; use http, https, mailto or a relative link");
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsSafe(autolink.Url):
                    diagnostics.Error(At(path, firstLine, autolink), DiagnosticCodes.UnsafeLink,
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

    private static SourceLocation At(string path, int firstLine, MarkdownObject node) =>
        new(path, firstLine + node.Line, node.Column + 1);

    private static string Truncate(string? url) => url is { Length: > 60 } ? url[..60] + "…" : url ?? "";
}
