using Markdig.Renderers;

namespace Briefings.Markdown;

/// <summary>
/// A parsed body's HTML for a page: the HTML made when it was parsed, with its slots filled in — wiki links resolved
/// to pages, root-relative links put under the base path.
/// </summary>
internal sealed class MarkdownRenderer(ILinkResolver resolver, string basePath)
{
    // The slots are written with Markdig's own renderer, so they are escaped exactly as the rest of the body.
    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Writer)? t_renderer;

    public string Render(ParsedBody body)
    {
        if (body.Slots.Count == 0)
        {
            return body.Html;
        }

        var (renderer, writer) = t_renderer ??= NewRenderer();
        var text = writer.GetStringBuilder().Clear();
        var from = 0;
        foreach (var slot in body.Slots)
        {
            text.Append(body.Html, from, slot.At - from);
            slot.Write(renderer, resolver, basePath);
            from = slot.At;
        }

        text.Append(body.Html, from, body.Html.Length - from);
        return text.ToString();
    }

    private static (HtmlRenderer, StringWriter) NewRenderer()
    {
        var writer = new StringWriter();
        return (new HtmlRenderer(writer), writer);
    }
}
