using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Briefings.Markdown.WikiLinks;

/// <summary>Adds the <c>[[kind:slug|label]]</c> syntax. Renders only when a resolver is given.</summary>
public sealed class WikiLinkExtension(ILinkResolver? resolver) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (resolver is not null && renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready(new WikiLinkRenderer(resolver));
        }
    }
}
