using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>One page to render: where it goes, which template, and how to make its model (made lazily, in parallel).</summary>
public sealed record PageJob(string Path, string Template, Func<PageModel> Model)
{
    /// <summary>What the page is about (an article, an entity key, a series), for metadata and feeds; null for lists.</summary>
    public object? Subject { get; init; }
}
