using Briefings.Building;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: every validation of <c>build</c>, without rendering or writing.</summary>
internal sealed class CheckCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--format", "--theme"];
    private static readonly HashSet<string> Flags = ["--drafts"];

    public string Name => "check";

    public string Summary => "validate input/ without building (for contributors and CI)";

    public string Usage => $"""
        usage: briefings check [--input DIR] [--format text|github] [--drafts] [--theme DIR]

        {SiteCommandOptions.InputHelp}
          --format FORMAT   text (default) or github (GitHub Actions annotations on the pull request)
          --drafts          also check references to drafts as if they were published
        {SiteCommandOptions.ThemeHelp}
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        var format = a.Value("--format") ?? "text";
        if (format is not ("text" or "github"))
        {
            throw new UsageException($"--format must be text or github, not '{format}'");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var result = new SiteBuilder(new BuildOptions(input, "_site") { IncludeDrafts = a.Flag("--drafts"), Theme = SiteCommandOptions.Theme(a) }).Check(terminal.Cancellation);
        DiagnosticPrinter.Print(result.Diagnostics, format == "github" ? stdout : stderr, input, format == "github");
        var summary = $"{BuildCommand.Plural(result.ErrorCount, "error")}, {BuildCommand.Plural(result.WarningCount, "warning")}";
        (result.Succeeded ? stdout : stderr).WriteLine(result.Succeeded ? $"check passed: {summary}" : $"check failed: {summary}");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
