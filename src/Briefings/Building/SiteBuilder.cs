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
/// Runs the named stages in order — load → parse → link → render → write — and nothing else. Pages are rendered
/// into a staging folder; any error stops the build before the staging folder is swapped in (it is deleted), so the
/// previous output stays as it was.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public BuildResult Build() => Run(write: true);

    /// <summary>Everything a build validates (content, references, templates), without rendering or writing.</summary>
    public BuildResult Check() => Run(write: false);

    private BuildResult Run(bool write)
    {
        var files = Stage("load", () => new InputLoader(_diagnostics).Load(options.InputDirectory));
        var content = Stage("parse", () => new ContentParser(_diagnostics).Parse(files));
        var site = Stage("link", () => new SiteLinker(_diagnostics, CountryCatalog.Default).Link(content, options.IncludeDrafts));
        var engine = Stage("templates", () => TemplateEngine.Load(options.Theme, _diagnostics));
        if (_diagnostics.HasErrors || !write)
        {
            return Result(new Dictionary<string, int>(), 0);
        }

        var urls = Urls.FromBaseUrl(options.BaseUrl ?? site.Settings.BaseUrl?.AbsoluteUri);
        var jobs = Stage("plan", () => PagePlan.Jobs(new PageContext(site, urls)));
        using var writer = SiteWriter.Begin(options.OutputDirectory);
        Stage("render", () => PageRenderer.Render(jobs, engine, PagePlan.SiteModel(site, urls), _diagnostics, writer));
        if (_diagnostics.HasErrors)
        {
            return Result(new Dictionary<string, int>(), 0);
        }

        Stage("write", () =>
        {
            foreach (var asset in PageRenderer.Assets(options.Theme))
            {
                writer.Write(asset.Path, asset.Bytes);
            }

            writer.Commit();
        });
        var bySection = jobs.GroupBy(j => j.Template).ToDictionary(g => g.Key, g => g.Count());
        return Result(bySection, writer.Files);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(name, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated));
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
