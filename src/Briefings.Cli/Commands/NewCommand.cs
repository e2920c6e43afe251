using Briefings.Content;
using Briefings.Scaffolding;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings new &lt;kind&gt; "&lt;title&gt;"</c>: writes a file with valid front matter at the right path; never overwrites.</summary>
internal sealed class NewCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--date", "--slug"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "new";

    public string Summary => "start an article, note, meeting, group or person from a template";

    public string Usage => $"""
        usage: briefings new <article|note|meeting|group|person> "<title or name>" [--input DIR] [--date DATE] [--slug SLUG]

          <kind>            what to write: {string.Join(", ", Scaffolder.Kinds.Select(k => k.Singular()))}
          <title or name>   the title (articles, notes, meetings) or name (groups, people); the file name is its slug
        {SiteCommandOptions.InputHelp}
          --date DATE       YYYY-MM-DD, YYYY-MM or YYYY (default: today); an article goes in articles/<year>/
          --slug SLUG       the file name and URL (default: made from the title's ASCII letters and digits)

        Articles and notes start as drafts with TODO placeholders: 'briefings check' warns about each
        one until you fill it in, and fails on any left once you delete the 'status: draft' line.
        Line 2 points editors (yaml-language-server) at the kind's schema, so they check as you type.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count < 2)
        {
            throw new UsageException(a.Positionals.Count == 0 ? "say what to write, e.g. new article \"Title\"" : "the title is missing");
        }

        var kindWord = a.Positionals[0];
        if (!ContentKinds.TryParseSingular(kindWord, out var kind) || !Scaffolder.Kinds.Contains(kind))
        {
            var kinds = Scaffolder.Kinds.Select(k => k.Singular()).ToList();
            throw new UsageException($"cannot make a new '{kindWord}'{Parsing.Suggest.DidYouMean(kindWord, kinds)} (kinds: {string.Join(", ", kinds)})");
        }

        var title = string.Join(' ', a.Positionals.Skip(1)).Trim();
        if (title.Length == 0)
        {
            throw new UsageException("the title is missing");
        }

        var slug = a.Value("--slug") ?? Slug.FromTitle(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"'{title}' gives no slug (it is made of the title's ASCII letters and digits); give one with --slug, e.g. --slug talks-in-tokyo");
        }

        if (!Slug.IsValid(slug))
        {
            throw new UsageException($"--slug: {Slug.Explain(slug)}");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var date = Date(a.Value("--date"));
        var result = Scaffolder.Create(input, kind, title, slug, date);
        if (result.Error is { } error)
        {
            stderr.WriteLine($"briefings new: {error}");
            return ExitCodes.ContentErrors;
        }

        var path = Path.Combine(input, result.RelativePath!).Replace('\\', '/');
        stdout.WriteLine($"created {path}");
        stdout.WriteLine(Scaffolder.StartsAsDraft(kind)
            ? "next: fill in the TODOs and tags, write the text below the front matter, then run 'briefings check --drafts'"
            : "next: fill in the fields (optional ones are commented out), then run 'briefings check'");
        return ExitCodes.Success;
    }

    internal static PartialDate Date(string? text)
    {
        if (text is null)
        {
            var today = DateTime.Today;
            return new PartialDate(today.Year, today.Month, today.Day);
        }

        return PartialDate.TryParse(text, out var date, out var error) ? date : throw new UsageException($"--date: {error}");
    }
}
