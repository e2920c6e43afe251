using System.Diagnostics;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Output;
using Briefings.Output.Search;
using Briefings.Parsing;
using Briefings.Templates;

namespace Briefings.Building;

/// <summary>
/// Runs the named stages in order — load → parse → link → render → write — and nothing else. Any error stops the
/// build before the write stage, so the previous output stays as it was.
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

        var urls = Urls.Create(options.BaseUrl, site.Settings.BaseUrl);
        var indexer = options.Search ? PagefindIndexer.Find(options.InputDirectory, options.Theme.Directory) : null;
        var output = Stage("render", () => SiteOutput.Render(site, urls, engine, options.Theme, indexer is not null, _diagnostics));
        if (_diagnostics.HasErrors)
        {
            return Result(new Dictionary<string, int>(), 0);
        }

        var written = Stage("write", () => SiteWriter.Write(options.OutputDirectory, output.Files, indexer is null ? null : staging => Stage("search", () => Index(indexer, staging))));
        var search = !options.Search ? "search: skipped (--no-search)"
            : indexer is null ? $"search: not built, Pagefind is not installed ({PagefindIndexer.InstallHint})"
            : $"search: indexed with {indexer.Version}";
        return Result(written ? output.PagesByTemplate : new Dictionary<string, int>(), written ? output.Files.Count : 0) with { SearchStatus = search };
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

    private T Stage<T>(string name, Func<T> run)
    {
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
