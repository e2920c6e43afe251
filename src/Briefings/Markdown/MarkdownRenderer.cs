using Briefings.Markdown.Safety;
using Markdig;
using Markdig.Renderers;

namespace Briefings.Markdown;

/// <summary>
/// Renders parsed bodies to HTML: wiki links resolved to pages, root-relative links put under the base path,
/// unsafe URLs neutralised (the Parse stage has already reported them).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly string _basePath;

    // Making an HtmlRenderer registers a renderer per node type: each thread keeps the one it made for this
    // MarkdownRenderer (one per build) and reuses it, body after body.
    [ThreadStatic]
    private static (MarkdownRenderer Owner, HtmlRenderer Renderer, StringWriter Writer)? t_last;

    public MarkdownRenderer(ILinkResolver resolver, string basePath)
    {
        _pipeline = MarkdownParser.Configure(new MarkdownPipelineBuilder(), resolver).Build();
        _basePath = basePath;
    }

    public string Render(ParsedBody body)
    {
        if (t_last is not { } last || last.Owner != this)
        {
            var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
            _pipeline.Setup(renderer);
            t_last = last = (this, renderer, writer);
        }

        try
        {
            return Render(last.Renderer, last.Writer, body);
        }
        catch
        {
            t_last = null; // a renderer stopped half-way is not reused
            throw;
        }
    }

    private static string Render(HtmlRenderer renderer, StringWriter writer, ParsedBody body)
    {
        writer.GetStringBuilder().Clear();
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

        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _basePath + url[1..] : url;
    }
}
