using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Pages;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Building.Incremental;

/// <summary>
/// What the last good build of <see cref="IncrementalBuilder"/> left in memory: every input file and what it became,
/// the linked site, the page context and the plan, so that the next change needs only what depends on it.
/// </summary>
internal sealed class BuildState
{
    public required Dictionary<string, InputFile> Files { get; init; }

    /// <summary>Per input path, the item as linked into the site, or as parsed when it is a draft left out.</summary>
    public required Dictionary<string, ContentItem> Items { get; init; }

    public required Registry Registry { get; init; }

    public required IReadOnlySet<string> ExcludedDrafts { get; init; }

    public required Site Site { get; set; }

    public required PageContext Context { get; set; }

    /// <summary>Every page of the site in path order; a page's entry is replaced when its subject changes.</summary>
    public required List<PageJob> Jobs { get; init; }

    public required Dictionary<string, int> JobIndex { get; init; }

    /// <summary>How many pages of each kind the plan has (the same after every update in place: pages neither come nor go).</summary>
    public Dictionary<PageKind, int> PageCounts => _pageCounts ??= Jobs.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count());

    private Dictionary<PageKind, int>? _pageCounts;

    public required TemplateEngine Engine { get; init; }

    public required SiteModel SiteModel { get; init; }

    public required Urls Urls { get; init; }

    public required Advice.MentionMatcher Matcher { get; init; }

    public required WikiLinkIndex WikiLinks { get; init; }

    /// <summary>The diagnostics of the site as it is now (warnings only: a state is kept only while the site builds).</summary>
    public required List<Diagnostic> Diagnostics { get; set; }

    /// <summary>Whether the item is part of the site: false for a draft left out.</summary>
    public bool IsIncluded(ContentItem item) => !item.IsDraft || Site.Exists(new EntityKey(item.Kind, item.Slug));
}
