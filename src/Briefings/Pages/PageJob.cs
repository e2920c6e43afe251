using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// One page to render: where it goes, which template, what kind of page it is (for the build summary), and how to
/// make its model (made lazily, in parallel).
/// The template is rendered inside <c>layouts/base.html</c>, unless the page is <see cref="Standalone"/>: then its
/// template is the whole document.
/// </summary>
public sealed record PageJob(string Path, string Template, PageKind Kind, Func<PageModel> Model)
{
    public bool Standalone { get; init; }

    /// <summary>What the page is about (an article, an entity key, a series), for metadata and feeds; null for lists.</summary>
    public object? Subject { get; init; }
}
