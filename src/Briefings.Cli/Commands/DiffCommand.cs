using Briefings.Output.Review;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings diff OLD_SITE NEW_SITE</c>: what a change does to the built site, as Markdown for a pull request.</summary>
internal sealed class DiffCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--base-url"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "diff";

    public string Summary => "list the pages one build adds, changes and removes against another (Markdown, for pull requests)";

    public string Usage => """
        usage: briefings diff OLD_SITE NEW_SITE [--base-url PATH]

          OLD_SITE, NEW_SITE  two folders 'briefings build' wrote (e.g. the base branch's and the pull request's)
          --base-url PATH     the path the addresses are shown under (default: /)

        Prints Markdown: the pages added, changed and removed, by title and address, then the feeds, search index,
        assets and other files counted apart. In GitHub Actions, append it to $GITHUB_STEP_SUMMARY.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count != 2)
        {
            throw new UsageException("diff takes two site folders: the old build and the new one");
        }

        foreach (var folder in a.Positionals)
        {
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"'{folder}' is not a folder; give two folders that 'briefings build' wrote");
            }
        }

        var basePath = a.Value("--base-url") ?? "/";
        if (!basePath.StartsWith('/') || !basePath.EndsWith('/'))
        {
            throw new UsageException($"--base-url for diff is a path from the root that ends with '/', such as /briefings/, not '{basePath}'");
        }

        terminal.Out.Write(SiteDiff.Compare(a.Positionals[0], a.Positionals[1]).ToMarkdown(basePath));
        return ExitCodes.Success;
    }
}
