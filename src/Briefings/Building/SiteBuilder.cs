using System.Diagnostics;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Output;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates;

namespace Briefings.Building;

/// <summary>
/// Runs the named stages in order — load → parse → link → templates → plan → render → write — and nothing else. Any error stops the
/// build before the write stage, and cancellation or an exception before the swap leaves the previous output as it was.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];
    private CancellationToken _cancellation;

    /// <summary>Builds the site. Cancelling throws <see cref="OperationCanceledException"/> and leaves the output as it was.</summary>
    public BuildResult Build(CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        SiteWriter.Recover(options.OutputDirectory);
        return Run(write: true);
    }

    /// <summary>Everything a build validates (content, references, templates), without rendering or writing.</summary>
    public BuildResult Check(CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        return Run(write: false);
    }

    private BuildResult Run(bool write)
    {
        var files = Stage("load", () => new InputLoader(_diagnostics).Load(options.InputDirectory));
        var content = Stage("parse", () => new ContentParser(_diagnostics).Parse(files));
        var site = Stage("link", () => new SiteLinker(_diagnostics, CountryCatalog.Default).Link(content, options.IncludeDrafts));
        var engine = Stage("templates", () => TemplateEngine.Load(options.Theme, _diagnostics));
        var urls = Urls.FromBaseUrl(options.BaseUrl ?? site.Settings.BaseUrl?.AbsoluteUri);
        var jobs = Stage("plan", () => PagePlan.Jobs(new PageContext(site, urls), PageRenderer.AssetPaths(options.Theme), _diagnostics));
        if (_diagnostics.HasErrors || !write)
        {
            return Result(new Dictionary<string, int>(), 0);
        }

        var output = Stage("render", () => PageRenderer.Render(jobs, engine, PagePlan.SiteModel(site, urls), _diagnostics, _cancellation)
            .Concat(PageRenderer.Assets(options.Theme)).ToList());
        if (_diagnostics.HasErrors)
        {
            return Result(new Dictionary<string, int>(), 0);
        }

        Stage("write", () => SiteWriter.Write(options.OutputDirectory, output, _cancellation));
        var bySection = jobs.GroupBy(j => j.Template).ToDictionary(g => g.Key, g => g.Count());
        return Result(bySection, output.Count);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        _cancellation.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(name, clock.Elapsed));
        return result;
    }

    private void Stage(string name, Action run) => Stage(name, () =>
    {
        run();
        return true;
    });

    private BuildResult Result(IReadOnlyDictionary<string, int> pages, int written) =>
        new(_diagnostics.Sorted(), pages, written, _timings);
}
