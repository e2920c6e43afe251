using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.WikiLinks;

/// <summary><c>[[kind:slug|label]]</c> as written; <see cref="KindWord"/> is the raw word before the colon.</summary>
internal sealed class WikiLinkInline(string kind, string slug, string? label) : LeafInline
{
    public string KindWord { get; } = kind;

    public string Slug { get; } = slug;

    public string? Label { get; } = label;
}
