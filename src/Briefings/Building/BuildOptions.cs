using Briefings.Templates;

namespace Briefings.Building;

/// <summary>What to build: input and output folders, base URL override, drafts, theme.</summary>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory)
{
    /// <summary>Overrides <c>base_url</c> from <c>site.yml</c>: a full URL or just a path such as <c>/briefings/</c>.</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Index the built site with Pagefind when it is installed (<c>--no-search</c> turns this off).</summary>
    public bool Search { get; init; } = true;

    public Theme Theme { get; init; } = Theme.Default;

    /// <summary>How many coverage entries an article reads for related-article candidates (tests make it small).</summary>
    internal int RelatedBudget { get; init; } = Linking.RelatedArticles.CandidateBudget;

    /// <summary>
    /// The address of Decap's local backend (<c>decap-server</c>) that the content editor at <c>/admin/</c> uses instead
    /// of GitHub when opened on localhost: set by <c>serve</c> and tests, never by <c>build</c> (a published site has none).
    /// </summary>
    public Uri? CmsLocalBackend { get; init; }
}
