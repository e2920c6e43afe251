using System.Text;

namespace Briefings.Templates;

/// <summary>
/// The layout's <c>content</c>: the page template's output, written into the layout from its builder without a string
/// of it being made (pages are the bulk of what a build allocates). Anything else that asks for it gets the text.
/// </summary>
internal sealed class RenderedContent(StringBuilder builder)
{
    // A field, not a property: Scriban shows a template an object's public members, and this one has none.
    internal readonly StringBuilder Builder = builder;

    public override string ToString() => Builder.ToString();
}
