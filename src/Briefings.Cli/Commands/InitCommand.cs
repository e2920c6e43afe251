using Briefings.Cli.Starter;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings init [DIR]</c>: a new site's repository, from the installed tool alone.</summary>
internal sealed class InitCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--title"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "init";

    public string Summary => "start a new site: input/ with an example of each kind, the tool pinned, GitHub workflows";

    public string Usage => """
        usage: briefings init [DIR] [--title TITLE]

          DIR               a new or empty folder (default: the current folder)
          --title TITLE     the site's title (default: the folder's name)

        Writes input/ (site.yml and one example article, note, meeting, group and person), .config/dotnet-tools.json
        (this version of the tool, for 'dotnet tool restore'), .github/workflows/ (checks on pull requests, deploy to
        GitHub Pages), .gitignore and a README. Then: cd DIR && briefings serve.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count > 1)
        {
            throw new UsageException($"unexpected argument '{a.Positionals[1]}'; init takes one folder");
        }

        var folder = a.Positionals.Count == 1 ? a.Positionals[0] : ".";
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new UsageException("the folder is empty: name a folder, or leave it out for the current one");
        }

        if (SiteStarter.Problem(folder) is { } problem)
        {
            throw new UsageException(problem);
        }

        var title = a.Value("--title") ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl))
        {
            throw new UsageException("give the site a title on one line with --title");
        }

        var written = SiteStarter.Write(folder, title.Trim(), Program.Version, DateOnly.FromDateTime(DateTime.Today));
        terminal.Out.WriteLine($"started '{title.Trim()}' in {folder}: {written.Count} files (input/ with an example of each kind, .config/dotnet-tools.json, .github/workflows/, .gitignore, README.md)");
        terminal.Out.WriteLine(folder == "." ? "next: briefings serve" : $"next: cd {folder} && briefings serve");
        return ExitCodes.Success;
    }
}
