using Briefings.Content;
using Markdig.Renderers;

namespace Briefings.Markdown;

/// <summary>
/// A place in a body's HTML, made when the body is parsed, that is only filled in when a page is rendered: what it
/// holds depends on the site (a wiki link's target) or on the build (the base path). <see cref="At"/> is an offset into
/// <see cref="ParsedBody.Html"/>.
/// </summary>
internal abstract record BodySlot(int At)
{
    /// <summary>Writes what goes here, escaped by Markdig's renderer as it escapes the rest of the body.</summary>
    internal abstract void Write(HtmlRenderer renderer, ILinkResolver resolver, string basePath);
}

/// <summary>A wiki link: a link to the target's page labelled with its name (or the label), or the text alone.</summary>
internal sealed record WikiLinkSlot(int At, string KindWord, string Slug, string? Label) : BodySlot(At)
{
    /// <summary>The kind <see cref="KindWord"/> names, decided when the body is parsed: rendering never reads kind words.</summary>
    public ContentKind? Kind { get; } = ContentKinds.FromSingular(KindWord);

    internal override void Write(HtmlRenderer renderer, ILinkResolver resolver, string basePath)
    {
        var target = Kind is { } kind ? resolver.Resolve(kind, Slug) : null;
        var label = Label ?? target?.Title ?? Slug;
        if (target is null)
        {
            renderer.WriteEscape(label);
            return;
        }

        renderer.Write("<a href=\"").WriteEscape(target.Href).Write("\" class=\"wikilink\">").WriteEscape(label).Write("</a>");
    }
}

/// <summary>The start of a root-relative URL (<c>/countries/</c>), which goes under the site's base path.</summary>
internal sealed record BasePathSlot(int At) : BodySlot(At)
{
    internal override void Write(HtmlRenderer renderer, ILinkResolver resolver, string basePath) => renderer.WriteEscapeUrl(basePath);
}
