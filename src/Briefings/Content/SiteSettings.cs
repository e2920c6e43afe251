namespace Briefings.Content;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
internal sealed record SiteSettings
{
    public string Title { get; init; } = "Briefings";

    public string Description { get; init; } = "";

    /// <summary>Absolute site URL including the base path, e.g. <c>https://example.org/briefings/</c>.</summary>
    public Uri? BaseUrl { get; init; }

    public string Language { get; init; } = "en";

    public string? Author { get; init; }

    public string? Copyright { get; init; }

    /// <summary>The yardstick of likelihood terms notes are written in (<c>estimative_scale: icd203 | phia</c>).</summary>
    public Tradecraft.EstimativeScaleKind EstimativeScale { get; init; } = Tradecraft.EstimativeScaleKind.Icd203;

    /// <summary>Optional display names for topic slugs.</summary>
    public IReadOnlyDictionary<string, string> TopicTitles { get; init; } = new Dictionary<string, string>();

    /// <summary>Event types the site adds to the built-in codebook (<c>event_types:</c>), in the order written.</summary>
    public IReadOnlyList<EventType> EventTypes { get; init; } = [];

    /// <summary>The content editor at <c>/admin/</c> (<c>cms:</c>); null: off, and the site has no <c>admin/</c>.</summary>
    public CmsSettings? Cms { get; init; }
}

/// <summary><c>cms:</c> in <c>site.yml</c>: the GitHub repository the editor opens pull requests on.</summary>
/// <param name="Repository"><c>owner/name</c>.</param>
/// <param name="Branch">The branch pull requests go to (<c>main</c> unless set).</param>
/// <param name="AuthUrl">The OAuth provider that signs editors in to GitHub (Decap's <c>base_url</c>); null: Netlify's.</param>
internal sealed record CmsSettings(string Repository, string Branch, Uri? AuthUrl);
