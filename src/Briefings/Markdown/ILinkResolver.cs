namespace Briefings.Markdown;

/// <summary>A page a wiki link points to.</summary>
public sealed record LinkTarget(string Href, string Title);

/// <summary>Turns <c>kind</c> + <c>slug</c> into the page it names, or null when there is none.</summary>
public interface ILinkResolver
{
    LinkTarget? Resolve(string kindWord, string slug);
}
