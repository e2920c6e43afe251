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
internal sealed class PageJob(string path, PageTemplate template, PageKind kind, Func<PageContext, PageJob, PageModel> model)
{
    /// <summary>Null for a record's page until its path is first asked for (<see cref="ForEntity"/>).</summary>
    private string? _path = path;

    /// <summary>The month or the meeting series the page is about: few pages have either, so the two share one field.</summary>
    private About? _about;

    /// <summary>
    /// The page of an entity at its own path (<c>articles/&lt;slug&gt;/</c>), which is made when first asked for: a plan
    /// of 130,000 record pages then makes no path string (the plan orders pages by their first characters, which it
    /// reads from the kind and slug; render, the sitemap and serve ask for the path, each page's once).
    /// </summary>
    public static PageJob ForEntity(EntityKey entity, PageTemplate template, PageKind kind, Func<PageContext, PageJob, PageModel> model, PartialDate? date = null) =>
        new(null!, template, kind, model) { Entity = entity, Date = date };

    public string Path => _path ??= Urls.EntityPath(Entity!.Value);

    public PageTemplate Template { get; } = template;

    public PageKind Kind { get; } = kind;

    public Func<PageContext, PageJob, PageModel> Model { get; } = model;

    public bool Standalone { get; init; }

    /// <summary>The entity the page is about (an article, a country, a topic): its metadata and feed come from it. Null for lists.</summary>
    public EntityKey? Entity { get; init; }

    /// <summary>The month a monthly briefing page is about.</summary>
    public PartialDate? Month { get => _about?.Month; init => _about = new About(value, _about?.Series); }

    /// <summary>The meeting series the page is about.</summary>
    public MeetingSeries? Series { get => _about?.Series; init => _about = new About(_about?.Month, value); }

    /// <summary>The date of what the page shows, for the sitemap: an article's, note's or meeting's.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>
    /// Writes the start of the path into <paramref name="into"/>, as much as fits, without making the path; returns how
    /// many characters were written.
    /// </summary>
    public int PathStart(Span<char> into)
    {
        if (_path is { } known)
        {
            var count = Math.Min(known.Length, into.Length);
            known.AsSpan(0, count).CopyTo(into);
            return count;
        }

        return Urls.EntityPathStart(Entity!.Value, into);
    }

    public override string ToString() => $"{Kind} page {Path}";

    private sealed record About(PartialDate? Month, MeetingSeries? Series);
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
