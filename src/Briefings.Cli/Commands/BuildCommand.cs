using System.Diagnostics;
using System.Globalization;
using Briefings.Building;
using Briefings.Pages;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: input → output folder, swapped in only when the build succeeds.</summary>
internal sealed class BuildCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--output", "--base-url", "--theme"];
    private static readonly HashSet<string> Flags = ["--drafts", "--no-search", "--quiet", "--verbose"];

    public string Name => "build";

    public string Summary => "build the site from input/ into _site/";

    public string Usage => $"""
        usage: briefings build [--input DIR] [--output DIR] [--base-url URL] [--drafts] [--no-search] [--theme DIR] [--quiet] [--verbose]

        {SiteCommandOptions.InputHelp}
          --output DIR      where the site goes (default: _site); replaced only if the build succeeds,
                            so it must be new, empty or a site an earlier build wrote
          --base-url URL    site URL or base path, e.g. https://user.github.io/briefings/ or /briefings/
                            (default: base_url from site.yml, else /)
          --drafts          include articles and notes with status: draft
          --no-search       do not build the search index (Pagefind, from theme/package.json)
        {SiteCommandOptions.ThemeHelp}
          --quiet           print only errors and warnings (no progress, no summary)
          --verbose         also print the time, CPU time, allocations, JIT time and GCs of each stage
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{a.Positionals[0]}'");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var output = a.Value("--output") ?? "_site";
        if (OutputFolder.Problem(output, input) is { } problem)
        {
            throw new UsageException(problem);
        }

        var options = new BuildOptions(input, output)
        {
            BaseUrl = SiteCommandOptions.BaseUrl(a),
            IncludeDrafts = a.Flag("--drafts"),
            Search = !a.Flag("--no-search"),
            Theme = SiteCommandOptions.Theme(a),
        };
        var clock = Stopwatch.StartNew();
        BuildResult result;
        using (var progress = new StageProgress(terminal, quiet: a.Flag("--quiet")))
        {
            try
            {
                result = new SiteBuilder(options, progress.Started).Build(terminal.Cancellation);
            }
            catch (OperationCanceledException)
            {
                progress.Dispose();
                stderr.WriteLine($"build cancelled; '{output}' was left as it was");
                return ExitCodes.Cancelled;
            }
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr, input, github: false);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"build failed: {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}; '{output}' was left as it was");
            return ExitCodes.ContentErrors;
        }

        if (!a.Flag("--quiet"))
        {
            stdout.WriteLine(SummaryLine(result, output, clock.Elapsed));
            stdout.WriteLine(PreviewLine(result.BasePath));
        }

        if (a.Flag("--verbose"))
        {
            foreach (var t in result.Timings)
            {
                stdout.WriteLine(TimingLine(t));
            }

            if (result.PageTimings.Count > 0)
            {
                stdout.WriteLine("  render by page type (summed over the rendering threads, waits included, so more than the stage's wall time): model = the data a page shows, template = its HTML, files = writing it and the feeds and exports beside it");
                foreach (var t in result.PageTimings)
                {
                    stdout.WriteLine(PageTimingLine(t));
                }
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>"  render      428.6 ms   cpu    751.5 ms   alloc   154.7 MiB   jit    0.0 ms     0 methods" (--verbose).</summary>
    internal static string TimingLine(StageTiming t) => string.Create(CultureInfo.InvariantCulture,
        $"  {t.Stage,-10} {t.Elapsed.TotalMilliseconds,8:0.0} ms   cpu {t.Cpu.TotalMilliseconds,8:0.0} ms   alloc {t.AllocatedBytes / 1048576.0,7:0.0} MiB   jit {t.Jit.TotalMilliseconds,6:0.0} ms {t.JitMethods,5} methods   gc {t.Collections.Gen0}/{t.Collections.Gen1}/{t.Collections.Gen2}");

    /// <summary>"    article      10000 pages   model  352.3 ms  117.5 MiB   template 1396.0 ms  165.7 MiB   files   12.0 ms    3.1 MiB" (--verbose).</summary>
    internal static string PageTimingLine(PageTypeTiming t) => string.Create(CultureInfo.InvariantCulture,
        $"    {t.Type,-16} {t.Pages,6} pages   model {Ms(t.Model),8:0.0} ms {MiB(t.Model),7:0.0} MiB   template {Ms(t.Template),8:0.0} ms {MiB(t.Template),7:0.0} MiB   files {Ms(t.Files),8:0.0} ms {MiB(t.Files),7:0.0} MiB");

    private static double Ms(PhaseTiming p) => p.Elapsed.TotalMilliseconds;

    private static double MiB(PhaseTiming p) => p.AllocatedBytes / 1048576.0;

    /// <summary>
    /// How to see what was built: the site lives under its base path, so a plain file server over the output folder
    /// shows broken links unless that path is '/'.
    /// </summary>
    internal static string PreviewLine(string basePath) => basePath == "/"
        ? "to preview it: 'briefings serve' (http://127.0.0.1:8080/), or any static file server over the output folder"
        : $"to preview it: 'briefings serve', then open http://127.0.0.1:8080{basePath} (the site lives under {basePath}; for a plain file server, build with --base-url /)";

    internal static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    /// <summary>", 12 written, 13396 unchanged, 3 removed": how much of the output folder the build touched.</summary>
    private static string Changed(Briefings.Output.SyncReport? changes) => changes is null ? ""
        : $", {changes.Written} written, {changes.Unchanged} unchanged{(changes.Removed > 0 ? $", {changes.Removed} removed" : "")}";

    /// <summary>
    /// "built _site in 1.2 s: 259 pages (1 article, 249 countries, 7 index pages, 2 redirects) and 30 other files
    /// (feeds, sitemap, assets), 289 written, 0 unchanged; 0 warnings; search: indexed with pagefind 1.6.0".
    /// </summary>
    internal static string SummaryLine(BuildResult result, string output, TimeSpan elapsed)
    {
        var kinds = string.Join(", ", result.PagesByKind.OrderBy(p => p.Key).Select(p => p.Key.Count(p.Value)));
        var assets = result.FilesWritten - result.PagesWritten;
        return string.Create(CultureInfo.InvariantCulture,
            $"built {output} in {elapsed.TotalSeconds:0.0} s: {Plural(result.PagesWritten, "page")} ({kinds}) and {Plural(assets, "other file")} (feeds, sitemap, assets){Changed(result.Changes)}; {Plural(result.WarningCount, "warning")}; {result.SearchStatus}");
    }
}
