using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// One page to render: where it goes, which template, what kind of page it is (for the build summary), and how to
/// make its model from a page context and the job itself (made lazily, in parallel; a model that needs only the
/// job's own keys, as every record page's does, is one shared delegate rather than a closure per page). A job names
/// what its page is about by keys and numbers, never by the records themselves, so the plan stays true when serve
/// replaces an item in place: the model is made from whatever the context then holds.
/// The template is rendered inside <c>layouts/base.html</c>, unless the page is <see cref="Standalone"/>: then its
/// template is the whole document.
/// </summary>
internal sealed record PageJob(string Path, PageTemplate Template, PageKind Kind, Func<PageContext, PageJob, PageModel> Model)
{
    public bool Standalone { get; init; }

    /// <summary>The entity the page is about (an article, a country, a topic): its metadata and feed come from it. Null for lists.</summary>
    public EntityKey? Entity { get; init; }

    /// <summary>The month a monthly briefing page is about.</summary>
    public PartialDate? Month { get; init; }

    /// <summary>The meeting series the page is about.</summary>
    public MeetingSeries? Series { get; init; }

    /// <summary>The date of what the page shows, for the sitemap: an article's, note's or meeting's.</summary>
    public PartialDate? Date { get; init; }
}

/// <summary>A page template of the theme (<c>pages/&lt;name&gt;.html</c>): every one the plan uses is named here.</summary>
internal readonly record struct PageTemplate(string Name)
{
    public static readonly PageTemplate Home = new("home");
    public static readonly PageTemplate List = new("list");
    public static readonly PageTemplate Directory = new("directory");
    public static readonly PageTemplate Article = new("article");
    public static readonly PageTemplate Note = new("note");
    public static readonly PageTemplate Meeting = new("meeting");
    public static readonly PageTemplate Event = new("event");
    public static readonly PageTemplate Codebook = new("codebook");
    public static readonly PageTemplate Entity = new("entity");
    public static readonly PageTemplate Coverage = new("coverage");
    public static readonly PageTemplate Redirect = new("redirect");
    public static readonly PageTemplate NotFound = new("404");
    public static readonly PageTemplate Search = new("search");
    public static readonly PageTemplate Relations = new("relations");
    public static readonly PageTemplate Month = new("month");

    public override string ToString() => Name;
}
