using Briefings.Advice;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Output;
using Briefings.Output.Search;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates;

namespace Briefings.Building;

/// <summary>
/// Runs the named stages in order — load → parse → link → advise → templates → plan → render → write (→ search, inside the
/// write, before the swap) — and nothing else. Render puts each file into a staging folder beside the output as it is
/// made; write finishes that folder and swaps it in. Any error, cancellation or exception before the swap discards the
/// staging folder and leaves the previous output as it was. <paramref name="onStage"/> hears each stage as it starts
/// (for progress displays).
/// </summary>
public sealed class SiteBuilder(BuildOptions options, Action<StageStart>? onStage = null)
{
    private const int BuildStages = 8;
    private const int CheckStages = 6;

    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];
    private CancellationToken _cancellation;
    private int _stages;

    /// <summary>
    /// Builds and writes the site. Cancelling throws <see cref="OperationCanceledException"/> and leaves the output as
    /// it was; an output folder that must not be replaced (it holds the input, the current folder or /) throws
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public BuildResult Build(CancellationToken cancellation = default)
    {
        if (OutputFolder.Problem(options.OutputDirectory, options.InputDirectory) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        _cancellation = cancellation;
        SiteWriter.Recover(options.OutputDirectory);
        return Run(write: true);
    }

    /// <summary>Everything a build validates (content, references, templates, page paths), without rendering or writing.</summary>
    public BuildResult Check(CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        return Run(write: false);
    }

    /// <summary>
    /// Loads, parses and links the input, drafts included, without advice, templates or output: for tools that read
    /// the site (import). Content with errors is left out of the site; the diagnostics are in <paramref name="result"/>.
    /// </summary>
    internal Site Read(out BuildResult result)
    {
        var files = Stage("load", 3, options.InputDirectory, () => new InputLoader(_diagnostics).Load(options.InputDirectory, OutputFolders));
        var content = Stage("parse", 3, Count(files.Count, "file"), () => new ContentParser(_diagnostics).Parse(files));
        var site = Stage("link", 3, Count(content.Items.Count, "item"), () => new SiteLinker(_diagnostics, CountryCatalog.Default).Link(content, includeDrafts: true, options.RelatedBudget));
        result = Result(new Dictionary<PageKind, int>(), 0);
        return site;
    }

    /// <summary>
    /// The stages before rendering — load, parse, link, advise, templates, plan — and what each made: the one sequence
    /// that <c>build</c>, <c>check</c> and serve's incremental builder (which keeps all of it) run.
    /// </summary>
    internal Prepared Prepare(CancellationToken cancellation) => Prepare(BuildStages, cancellation);

    /// <summary>The diagnostics of the stages run so far.</summary>
    internal DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>How long each stage run so far took.</summary>
    internal IReadOnlyList<StageTiming> Timings => _timings;

    /// <param name="adviseBeside">
    /// Give the advice (warnings only: mentions, copied source text, estimative language) on the side while the pages
    /// are rendered, which leaves a core idle part of the time; <see cref="Prepared.Advice"/> finishes it.
    /// </param>
    private Prepared Prepare(int of, CancellationToken cancellation, bool adviseBeside = false)
    {
        _cancellation = cancellation;
        // The theme does not depend on the content: its templates are parsed on the side while the content is read.
        var templates = Task.Run(() => TemplateEngine.Load(options.Theme, _diagnostics), cancellation);
        var files = Stage("load", of, options.InputDirectory, () => new InputLoader(_diagnostics).Load(options.InputDirectory, OutputFolders));
        var content = Stage("parse", of, Count(files.Count, "file"), () => new ContentParser(_diagnostics).Parse(files));
        var site = Stage("link", of, Count(content.Items.Count, "item"), () => new SiteLinker(_diagnostics, CountryCatalog.Default).Link(content, options.IncludeDrafts, options.RelatedBudget));
        Action? adviseLater = null;
        var matcher = Stage("advise", of, adviseBeside ? "mentions (beside render)" : "mentions", () =>
        {
            var matcher = MentionMatcher.For(site);
            void Advise()
            {
                new MentionAdvisor(matcher, site, _diagnostics).Advise();
                new Importing.SourceCopyAdvisor(options.InputDirectory, site, _diagnostics).Advise();
                new Tradecraft.EstimativeAdvisor(site, _diagnostics).Advise();
            }

            if (adviseBeside)
            {
                adviseLater = Advise;
            }
            else
            {
                Advise();
            }

            return matcher;
        });
        var engine = Stage("templates", of, options.Theme.Name, () => templates.GetAwaiter().GetResult());
        var urls = Urls.Create(options.BaseUrl, site.Settings.BaseUrl);
        var pages = new PageContext(site, urls);
        var jobs = Stage("plan", of, $"base path {urls.BasePath}", () => PagePlan.Jobs(pages, PageRenderer.AssetPaths(options.Theme), _diagnostics));

        // Started after the plan, so each stage's figures in --verbose are its own (render is long enough to hide it)
        var advice = adviseLater is null ? Task.CompletedTask : Task.Run(adviseLater, cancellation);
        return new Prepared(files, content, site, matcher, engine, urls, pages, jobs) { Advice = advice };
    }

    private BuildResult Run(bool write)
    {
        var indexer = write && options.Search ? PagefindIndexer.Find(options.InputDirectory, options.Theme.Directory) : null;
        var of = write ? BuildStages + (indexer is null ? 0 : 1) : CheckStages;
        var early = write ? StageEarly() : null;
        Staging? staging = null;
        try
        {
            var prepared = Prepare(of, _cancellation, adviseBeside: write);
            if (_diagnostics.HasErrors || early is not { } ready) // check makes no staging folder
            {
                prepared.Advice.GetAwaiter().GetResult();
                return Result(new Dictionary<PageKind, int>(), 0);
            }

            // What only load, parse and advise read is let go as soon as the advice is given: the files' text and the
            // prose runs (rendering reads neither).
            var items = prepared.Content.Items;
            prepared = prepared with
            {
                Files = [],
                Advice = prepared.Advice.ContinueWith(
                    advice =>
                    {
                        advice.GetAwaiter().GetResult();
                        foreach (var item in items)
                        {
                            item.Body.ReleaseSource();
                        }
                    },
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default),
            };

            staging = ready.GetAwaiter().GetResult();
            early = null;
            return Write(prepared, staging, indexer, of);
        }
        finally
        {
            staging?.Dispose();
            Discard(early);
        }
    }

    /// <summary>
    /// The staging folder (the kept previous site, renamed and listed: a few thousand directory entries), made ready
    /// while the input is read and parsed rather than after (the loader never walks the output folders, even when they
    /// are inside the input folder).
    /// </summary>
    private Task<Staging> StageEarly() => Task.Run(() => SiteWriter.Begin(options.OutputDirectory));

    /// <summary>A staging folder made early for a build that writes nothing goes back to being the kept previous site.</summary>
    private static void Discard(Task<Staging>? early)
    {
        try
        {
            early?.GetAwaiter().GetResult().Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Making it failed; a build that writes nothing never needed it (before, it was only made to write).
        }
    }

    private BuildResult Write(Prepared prepared, Staging staging, PagefindIndexer? indexer, int of)
    {
        var (_, _, _, _, engine, urls, pages, jobs) = prepared;
        var profile = new RenderProfile();
        var made = Stage("render", of, Count(jobs.Count, "page"), () => SiteOutput.Render(
            pages, jobs, engine, options.Theme, indexer is not null, _diagnostics, staging.Put, profile, new Output.Cms.CmsAdmin(options), _cancellation));
        prepared.Advice.GetAwaiter().GetResult(); // every warning is in before the result is made
        if (_diagnostics.HasErrors)
        {
            return Result(new Dictionary<PageKind, int>(), 0);
        }

        var written = Stage("write", of, $"{Count(made, "file")} into {options.OutputDirectory}", () => staging.Commit(
            indexer is null ? null : folder => Stage("search", of, indexer.Version, () => Index(indexer, folder)), _cancellation));
        var search = !options.Search ? "search: skipped (--no-search)"
            : indexer is null ? $"search: not built, Pagefind is not installed ({PagefindIndexer.InstallHint})"
            : written is not null ? $"search: indexed with {indexer.Version}" : "search: indexing failed";
        var byKind = jobs.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count());
        return Result(written is not null ? byKind : new Dictionary<PageKind, int>(), written is not null ? made : 0) with
        {
            SearchStatus = search,
            BasePath = urls.BasePath,
            PageTimings = profile.Timings(),
            Changes = written,
        };
    }

    private bool Index(PagefindIndexer indexer, string staging)
    {
        if (indexer.Index(staging) is { } failure)
        {
            _diagnostics.Error(SourceLocation.StartOf(Path.Combine("theme", "package.json")), DiagnosticCodes.SearchIndex, $"search index: {failure}");
            return false;
        }

        return true;
    }

    /// <summary>The output folder and its siblings (the staging folder, the kept previous site, their manifests): never content.</summary>
    private string[] OutputFolders
    {
        get
        {
            var folders = new Folders(options.OutputDirectory);
            return [folders.Output, folders.Staging, folders.Previous, folders.Manifests];
        }
    }

    private T Stage<T>(string name, int of, string? work, Func<T> run)
    {
        _cancellation.ThrowIfCancellationRequested();
        onStage?.Invoke(new StageStart(name, ++_stages, of, work));
        var clock = new StageClock();
        var result = run();
        clock.Mark(name);
        _timings.AddRange(clock.Timings);
        return result;
    }

    private void Stage(string name, int of, string? work, Action run) => Stage(name, of, work, () =>
    {
        run();
        return true;
    });

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private BuildResult Result(IReadOnlyDictionary<PageKind, int> pages, int written) =>
        new(_diagnostics.Sorted(), pages, written, _timings);
}

/// <summary>What the stages before rendering made (<see cref="SiteBuilder.Prepare(CancellationToken)"/>).</summary>
internal sealed record Prepared(
    IReadOnlyList<InputFile> Files, ParsedContent Content, Site Site, MentionMatcher Matcher, TemplateEngine Engine, Urls Urls,
    PageContext Pages, IReadOnlyList<PageJob> Jobs)
{
    /// <summary>The advice, when it is given beside rendering: wait for it before the diagnostics are read.</summary>
    public Task Advice { get; init; } = Task.CompletedTask;
}
