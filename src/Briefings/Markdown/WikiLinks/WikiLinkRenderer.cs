using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.WikiLinks;

/// <summary>Renders a wiki link as an ordinary link to the target's page, labelled with its name or the given label.</summary>
public sealed class WikiLinkRenderer(ILinkResolver resolver) : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var target = resolver.Resolve(link.KindWord, link.Slug);
        var label = link.Label ?? target?.Title ?? link.Slug;
        if (target is null)
        {
            renderer.WriteEscape(label);
            return;
        }

        renderer.Write("<a href=\"").WriteEscape(target.Href).Write("\" class=\"wikilink\">").WriteEscape(label).Write("</a>");
    }
}
