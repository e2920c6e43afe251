using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Briefings.Markdown.WikiLinks;

/// <summary>Adds the <c>[[kind:slug|label]]</c> syntax; a parsed body renders wiki links as slots (<see cref="WikiLinkSlot"/>).</summary>
internal sealed class WikiLinkExtension : IMarkdownExtension
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
    }
}
