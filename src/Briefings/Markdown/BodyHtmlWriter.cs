using Briefings.Markdown.Safety;
using Briefings.Markdown.WikiLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>
/// Renders a parsed document to HTML as soon as it is parsed, so its syntax tree — thousands of small objects per
/// body — is garbage at once instead of living until the pages are rendered. What depends on the site or the build
/// is left as <see cref="BodySlot"/>s: wiki links, and the base path of root-relative URLs. Unsafe URLs become
/// <c>#</c> here (the Parse stage reports them).
/// </summary>
internal static class BodyHtmlWriter
{
    // Making an HtmlRenderer registers a renderer per node type: each thread makes one and reuses it, body after body.
    [ThreadStatic]
    private static State? t_state;

    public static (string Html, IReadOnlyList<BodySlot> Slots) Write(MarkdownDocument document)
    {
        var state = t_state ?? new State();
        t_state = null; // a renderer stopped half-way by an exception is not reused
        state.Begin();
        state.Renderer.Render(document);
        state.Writer.Flush();
        var result = (state.Writer.ToString(), state.Slots.Count == 0 ? [] : (IReadOnlyList<BodySlot>)state.Slots.ToArray());
        t_state = state;
        return result;
    }

    private sealed class State
    {
        public State()
        {
            Renderer = new HtmlRenderer(Writer) { LinkRewriter = RewriteLink };
            MarkdownParser.Pipeline.Setup(Renderer);
            Renderer.ObjectRenderers.AddIfNotAlready(new WikiLinkSlotRenderer(this));
        }

        public StringWriter Writer { get; } = new();

        public HtmlRenderer Renderer { get; }

        public List<BodySlot> Slots { get; } = [];

        /// <summary>Where the next character written goes.</summary>
        public int Position => Writer.GetStringBuilder().Length;

        public void Begin()
        {
            Writer.GetStringBuilder().Clear();
            Slots.Clear();
        }

        // Markdig calls this just before it writes a link's or an image's URL, so the slot is where the URL starts.
        private string RewriteLink(string url)
        {
            if (!UrlPolicy.IsSafe(url))
            {
                return "#";
            }

            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                Slots.Add(new BasePathSlot(Position));
                return url[1..];
            }

            return url;
        }
    }

    private sealed class WikiLinkSlotRenderer(State state) : HtmlObjectRenderer<WikiLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, WikiLinkInline link) =>
            state.Slots.Add(new WikiLinkSlot(state.Position, link.KindWord, link.Slug, link.Label));
    }
}
