using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Every page of the site, in path order, and the <c>site</c> model all templates share.</summary>
internal static class PagePlan
{
    /// <summary>The sections of the site, in the order the navigation, the home page and the 404 page list them.</summary>
    internal static readonly ContentKind[] NavSections =
        [ContentKind.Article, ContentKind.Note, ContentKind.Meeting, ContentKind.Event, ContentKind.Country, ContentKind.Group, ContentKind.Person, ContentKind.Topic];

    /// <summary>
    /// Every planner of the site's pages except redirects (which depend on the others' paths), with the kinds of page
    /// each makes: the full build runs them all, serve's in-place writer those that make the kinds of page it updates.
    /// </summary>
    internal static readonly IReadOnlyList<PagePlanner> Planners =
    [
        new([PageKind.Index], HomePage.Plan),
        new([PageKind.Index], SectionPages.Plan),
        new([PageKind.Index], DirectoryPages.Plan),
        new([PageKind.Index], EventPages.Plan),
        new([.. ContentKinds.All.Where(d => d.IsDated).Select(d => d.PageKind)], ItemPages.Plan),
        new([.. ContentKinds.All.Where(d => !d.IsDated && d.Kind != ContentKind.Month).Select(d => d.PageKind), PageKind.Series, PageKind.Index], EntityPages.Plan), // older coverage: Index
        new([PageKind.Index], RelationPages.Plan),
        new([PageKind.Month, PageKind.Index], MonthlyPages.Plan),
        new([PageKind.Index], _ => [NotFound(), Search()]),
    ];

    /// <summary>The planners that make any of <paramref name="kinds"/>; all of them when one of the kinds is made by none.</summary>
    internal static IEnumerable<PagePlanner> PlannersOf(IReadOnlySet<PageKind> kinds) =>
        kinds.All(k => k == PageKind.Redirect || Planners.Any(p => p.Makes.Contains(k))) ? Planners.Where(p => p.Makes.Overlaps(kinds)) : Planners;

    /// <summary>
    /// The site's pages, then a redirect page for each alias that clashes with none of them nor with
    /// <paramref name="otherFiles"/> (the theme's assets); clashes are reported.
    /// </summary>
    public static IReadOnlyList<PageJob> Jobs(PageContext ctx, IEnumerable<string> otherFiles, DiagnosticBag diagnostics)
    {
        var pages = Planners.SelectMany(planner => planner.Plan(ctx)).ToList();
        var taken = pages.Select(j => (Urls.FileOf(j.Path), $"the page {ctx.Urls.Href(j.Path)}"))
            .Concat(pages.Where(j => j.Path.Length == 0 || j.Path.EndsWith('/')).Select(j => (Urls.FeedPath(j.Path), $"the feed {ctx.Urls.Href(Urls.FeedPath(j.Path))}")))
            .Concat(otherFiles.Append(Urls.SitemapPath).Append("robots.txt").Select(f => (f, $"the file {ctx.Urls.Href(f)}")));
        pages.AddRange(RedirectPages.Plan(ctx, taken, diagnostics).ToList()); // taken reads pages: the redirects are made first
        return InPathOrder(pages);
    }

    /// <summary>
    /// The jobs in ordinal order of their paths. Sorting 160,000 paths by comparing the strings reads strings spread
    /// over the heap at every step; the first 16 characters of each path, packed in order into four numbers beside the
    /// job's index, order nearly every pair from one array, and the strings are compared only when those are equal.
    /// </summary>
    internal static PageJob[] InPathOrder(List<PageJob> jobs)
    {
        var keys = new PathKey[jobs.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = PathKey.Of(jobs[i], i);
        }

        keys.AsSpan().Sort(new PathKey.Comparer(jobs));
        var ordered = new PageJob[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = jobs[keys[i].Index];
        }

        return ordered;
    }

    private readonly record struct PathKey(ulong A, ulong B, ulong C, ulong D, int Index)
    {
        /// <summary>Characters 0–15, four to a number, the first in the highest bits (a path shorter is padded with 0, which sorts first).</summary>
        public static PathKey Of(PageJob job, int index)
        {
            Span<char> start = stackalloc char[16];
            start.Clear();
            job.PathStart(start);
            return new(Pack(start, 0), Pack(start, 4), Pack(start, 8), Pack(start, 12), index);
        }

        private static ulong Pack(ReadOnlySpan<char> start, int from)
        {
            ulong packed = 0;
            for (var i = from; i < from + 4; i++)
            {
                packed = (packed << 16) | start[i];
            }

            return packed;
        }

        public readonly struct Comparer(List<PageJob> jobs) : IComparer<PathKey>
        {
            public int Compare(PathKey x, PathKey y) =>
                x.A != y.A ? x.A.CompareTo(y.A)
                : x.B != y.B ? x.B.CompareTo(y.B)
                : x.C != y.C ? x.C.CompareTo(y.C)
                : x.D != y.D ? x.D.CompareTo(y.D)
                : string.CompareOrdinal(jobs[x.Index].Path, jobs[y.Index].Path);
        }
    }

    private static PageJob Search() => new(Urls.SearchPath, PageTemplate.Search, PageKind.Index, static (_, _) =>
        new SearchModel("Search", "Search every article, note and meeting, and narrow by country, group, meeting, topic and kind."));

    private static PageJob NotFound() => new(Urls.NotFoundPath, PageTemplate.NotFound, PageKind.Index, static (ctx, _) => new NotFoundModel(
        "Page not found",
        "The page you asked for is not here. It may have moved, or the address may be mistyped.",
        [new LinkModel("Home", ctx.Urls.Home), .. NavSections.Select(k => new LinkModel(k.Title(), ctx.Urls.Section(k))), new LinkModel("Search", ctx.Urls.Href(Urls.SearchPath))]));

    public static SiteModel SiteModel(Site site, Urls urls, bool searchEnabled) => new(
        site.Settings.Title,
        site.Settings.Description,
        site.Settings.Language,
        urls.Home,
        urls.Asset("style.css"),
        urls.Asset("favicon.svg"),
        [.. NavSections.Select(k => new NavItemModel(ContentKinds.Of(k).NavTitle, urls.Section(k), k.Plural())),
            new NavItemModel("Search", urls.Href(Urls.SearchPath), "search")],
        site.Settings.Author,
        site.Settings.Copyright,
        searchEnabled,
        urls.Href(Urls.SearchBundlePath),
        urls.Asset("search.js"));
}

/// <summary>One planner of pages, and the kinds of page it makes.</summary>
internal sealed record PagePlanner(IReadOnlySet<PageKind> Makes, Func<PageContext, IEnumerable<PageJob>> Plan)
{
    public PagePlanner(PageKind[] makes, Func<PageContext, IEnumerable<PageJob>> plan)
        : this(makes.ToHashSet(), plan)
    {
    }
}
