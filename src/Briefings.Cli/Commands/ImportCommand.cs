using Briefings.Advice;
using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Importing;
using Briefings.Loading;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings import &lt;file&gt;</c>: a raw scraped article → a draft article, with a report of what was detected and why.</summary>
internal sealed class ImportCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--source-name", "--url", "--date"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "import";

    public string Summary => "turn a raw text article into a draft article with detected tags";

    public string Usage => $"""
        usage: briefings import <file> [--input DIR] [--source-name NAME] [--url URL] [--date DATE]

          <file>              the raw article: title on the first line, then the text (page boilerplate is removed)
        {SiteCommandOptions.InputHelpIn(20)}
          --source-name NAME  the publisher, e.g. "The Kashmir Monitor" (else taken from a "(Reuters)" dateline)
          --url URL           the article's address (http or https); a /yyyy/mm/dd/ path also gives the date
          --date DATE         YYYY-MM-DD, YYYY-MM or YYYY, when the text has no date line

        Writes input/articles/<year>/<slug>.md with status: draft and prints what it detected and why.
        What it could not find is marked TODO: 'briefings check --drafts' reports each one until you fill it in.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count != 1)
        {
            throw new UsageException(a.Positionals.Count == 0 ? "name the raw article file to import" : $"unexpected argument '{a.Positionals[1]}'");
        }

        var file = a.Positionals[0];
        if (!File.Exists(file))
        {
            throw new UsageException($"no file '{file}'");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var options = new ImportOptions
        {
            SourceName = a.Value("--source-name") is { Length: > 0 } name ? name.Trim() : null,
            Url = Url(a.Value("--url")),
            Date = a.Value("--date") is { } date ? NewCommand.Date(date) : null,
        };

        // The same strict UTF-8 as the content: a Latin-1 file would otherwise become 'Caf\uFFFD' in the draft.
        var bag = new DiagnosticBag();
        if (new InputLoader(bag).Decode(file, File.ReadAllBytes(file)) is not { } text)
        {
            foreach (var d in bag.Sorted())
            {
                stderr.WriteLine(d);
            }

            return ExitCodes.ContentErrors;
        }

        var site = new SiteBuilder(new BuildOptions(input, "_site")).Read(out var loaded);
        var article = new ArticleImporter(site, MentionMatcher.For(site)).Import(text, options);
        var result = DraftFile.Write(input, article, options.CurrentYear);
        if (result.Error is { } error)
        {
            stderr.WriteLine($"briefings import: {error}");
            return ExitCodes.ContentErrors;
        }

        ImportReport.Print(stdout, Path.Combine(input, result.RelativePath!).Replace('\\', '/'), article, site);
        if (loaded.ErrorCount > 0)
        {
            stderr.WriteLine($"note: {input} has {BuildCommand.Plural(loaded.ErrorCount, "error")} of its own; tags were matched against what could be read (run 'briefings check')");
        }

        return ExitCodes.Success;
    }

    private static Uri? Url(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new UsageException($"--url must be an absolute http or https URL, not '{text}'");
}
