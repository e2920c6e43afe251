using Briefings.Markdown.Safety;
using Markdig;
using Markdig.Renderers;

namespace Briefings.Markdown;

/// <summary>
/// Renders parsed bodies to HTML: wiki links resolved to pages, root-relative links put under the base path,
/// unsafe URLs neutralised (the Parse stage has already reported them).
/// </summary>
public sealed class MarkdownRenderer(ILinkResolver resolver, string basePath)
{
    private readonly MarkdownPipeline _pipeline = MarkdownParser.Configure(new MarkdownPipelineBuilder(), resolver).Build();

    public string Render(ParsedBody body)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        _pipeline.Setup(renderer);
        renderer.Render(body.Document);
        writer.Flush();
        return writer.ToString();
    }

    private string RewriteLink(string url)
    {
        if (!UrlPolicy.IsSafe(url))
        {
            return "#";
        }

        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url[1..] : url;
    }
}
