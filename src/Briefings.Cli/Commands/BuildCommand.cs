using System.Globalization;
using Briefings.Building;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: input → output folder, swapped in only when the build succeeds.</summary>
internal sealed class BuildCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--output", "--base-url", "--theme"];
    private static readonly HashSet<string> Flags = ["--drafts", "--quiet", "--verbose"];

    public string Name => "build";

    public string Summary => "build the site from input/ into _site/";

    public string Usage => $"""
        usage: briefings build [--input DIR] [--output DIR] [--base-url URL] [--drafts] [--theme DIR] [--quiet] [--verbose]

        {SiteCommandOptions.InputHelp}
          --output DIR      where the site goes (default: _site); replaced only if the build succeeds
          --base-url URL    site URL or base path, e.g. https://user.github.io/briefings/ or /briefings/
                            (default: base_url from site.yml, else /)
          --drafts          include articles and notes with status: draft
        {SiteCommandOptions.ThemeHelp}
          --quiet           print only errors and warnings
          --verbose         also print the time, CPU time and allocations of each stage
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{a.Positionals[0]}'");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var output = a.Value("--output") ?? "_site";
        var options = new BuildOptions(input, output)
        {
            BaseUrl = a.Value("--base-url"),
            IncludeDrafts = a.Flag("--drafts"),
            Theme = SiteCommandOptions.Theme(a),
        };
        var result = new SiteBuilder(options).Build();
        DiagnosticPrinter.Print(result.Diagnostics, stderr, input, github: false);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"build failed: {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}; '{output}' was left as it was");
            return ExitCodes.ContentErrors;
        }

        if (!a.Flag("--quiet"))
        {
            var pages = string.Join(", ", result.PagesBySection.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"));
            stdout.WriteLine($"built {result.FilesWritten} files into {output} ({pages}); {Plural(result.WarningCount, "warning")}");
        }

        if (a.Flag("--verbose"))
        {
            foreach (var t in result.Timings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {t.Stage,-10} {t.Elapsed.TotalMilliseconds,8:0.0} ms   cpu {t.Cpu.TotalMilliseconds,8:0.0} ms   alloc {t.AllocatedBytes / 1048576.0,7:0.0} MiB"));
            }
        }

        return ExitCodes.Success;
    }

    internal static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
