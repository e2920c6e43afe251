using Briefings.Advice;
using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Output;
using Briefings.Output.Search;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates;

namespace Briefings.Building.Incremental;

/// <summary>
/// <see cref="SiteBuilder"/>'s stages up to the plan (its own sequence, <see cref="SiteBuilder.Prepare(CancellationToken)"/>), keeping what
/// each made (the state of <see cref="IncrementalBuilder"/>), then the render,
/// writing into the output folder in place: only files whose bytes changed, and what the site no longer has removed.
/// </summary>
internal static class FullBuild
{
    public static (BuildResult Result, BuildState? State) Run(BuildOptions options, CancellationToken cancellation)
    {
        var builder = new SiteBuilder(options);
        var (files, content, site, matcher, engine, urls, ctx, jobs) = builder.Prepare(cancellation);
        var bag = builder.Diagnostics;
        var indexer = options.Search ? PagefindIndexer.Find(options.InputDirectory, options.Theme.Directory) : null;
        cancellation.ThrowIfCancellationRequested();
        if (bag.HasErrors)
        {
            return (Failed(bag), null);
        }

        var sync = new FolderSync(options.OutputDirectory);
        var profile = new RenderProfile();
        var made = SiteOutput.Render(ctx, jobs, engine, options.Theme, indexer is not null, bag, sync.Put, profile, new Output.Cms.CmsAdmin(options), cancellation);
        if (bag.HasErrors)
        {
            return (Failed(bag), null); // what was written is what a good build writes; the previous files that remain are kept
        }

        var report = sync.Finish();
        if (indexer?.Index(options.OutputDirectory) is { } failure)
        {
            bag.Warning(SourceLocation.StartOf(Path.Combine("theme", "package.json")), DiagnosticCodes.SearchIndex, $"search index: {failure}");
        }

        var state = State(options, files, content, site, ctx, jobs, engine, urls, matcher, indexer is not null, bag);
        var result = new BuildResult(bag.Sorted(), jobs.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count()), made, builder.Timings)
        {
            BasePath = urls.BasePath,
            PageTimings = profile.Timings(),
            Changes = report,
        };
        return (result, state);
    }

    private static BuildState State(
        BuildOptions options, IReadOnlyList<InputFile> files, ParsedContent content, Site site, PageContext ctx, IReadOnlyList<PageJob> jobs,
        TemplateEngine engine, Urls urls, MentionMatcher matcher, bool searchEnabled, DiagnosticBag bag)
    {
        var included = content.Items.Where(i => options.IncludeDrafts || !i.IsDraft).ToList();
        var excluded = content.Items.Except(included, ReferenceEqualityComparer.Instance).Cast<ContentItem>().Select(d => new EntityKey(d.Kind, d.Slug).ToString()).ToHashSet(StringComparer.Ordinal);
        var items = content.Items.ToDictionary(i => i.SourcePath, StringComparer.Ordinal);
        var linked = site.Lists.Values.SelectMany(list => list).Concat(site.CountryProfiles.Values);
        var wikiLinks = new WikiLinkIndex();
        foreach (var item in linked)
        {
            items[item.SourcePath] = item;
            wikiLinks.Set(item);
        }

        var list = jobs.ToList();
        return new BuildState
        {
            Files = files.ToDictionary(f => f.Path, StringComparer.Ordinal),
            Items = items,
            Registry = new Registry(included, CountryCatalog.Default, new DiagnosticBag()),
            ExcludedDrafts = excluded,
            Site = site,
            Context = ctx,
            Jobs = list,
            JobIndex = list.Select((j, i) => (j.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal),
            Engine = engine,
            SiteModel = PagePlan.SiteModel(site, urls, searchEnabled),
            Urls = urls,
            Matcher = matcher,
            WikiLinks = wikiLinks,
            Diagnostics = [.. bag.Sorted()],
        };
    }

    private static BuildResult Failed(DiagnosticBag bag) => new(bag.Sorted(), new Dictionary<PageKind, int>(), 0, []);
}
