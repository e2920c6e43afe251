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
}
