using Briefings.Content;

namespace Briefings.Markdown;

/// <summary>A page a wiki link points to.</summary>
internal sealed record LinkTarget(string Href, string Title);

/// <summary>Turns a kind and a slug into the page they name, or null when there is none.</summary>
internal interface ILinkResolver
{
    LinkTarget? Resolve(ContentKind kind, string slug);
}
