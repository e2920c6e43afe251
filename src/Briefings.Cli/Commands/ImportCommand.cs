using Briefings.Advice;
using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Importing;
using Briefings.Loading;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings import &lt;file.html | file.txt | URL&gt;...</c>: each page or raw article → a draft article, with a report
/// of what was detected and why; <c>--dry-run</c> writes nothing, <c>--format json</c> prints one JSON object per input.
/// </summary>
internal sealed class ImportCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--source-name", "--url", "--date", "--format"];
    private static readonly HashSet<string> Flags = ["--dry-run"];

    public string Name => "import";

    public string Summary => "turn saved pages, URLs or raw text articles into draft articles with detected tags";

    public string Usage => $"""
        usage: briefings import <file.html | file.txt | URL>... [--input DIR] [--source-name NAME] [--url URL] [--date DATE]
                                [--dry-run] [--format text|json]

          <file.html>         a saved page: the article is found in it, its title, date, publisher and address are
                              taken from the page's own metadata (JSON-LD, Open Graph) first
          <file.txt>          a raw article: title on the first line, then the text (page boilerplate is removed)
          <URL>               an http or https page, fetched (15 s, 10 MB, 5 redirects; HTML or text only)
        {SiteCommandOptions.InputHelpIn(20)}
          --source-name NAME  the publisher, e.g. "The Kashmir Monitor" (else taken from the page)
          --url URL           the article's address, with one input (http or https); a /yyyy/mm/dd/ path also gives the date
          --date DATE         YYYY-MM-DD, YYYY-MM or YYYY, when the page gives no date
          --dry-run           write nothing: print what would be imported
          --format json       with --dry-run: one JSON object per input, one per line

        Writes input/articles/<year>/<slug>.md (input/articles/undated/ when no date was found) with status: draft
        and a placeholder body, keeps the extracted text in input/.briefings/sources/<slug>.txt (git-ignored, never
        published; check warns when a published body repeats 40 words of it), and prints what it detected and why.
        What it could not find is marked TODO:
        'briefings check --drafts' reports each one until you fill it in. An input that fails is one line on stderr
        and no draft; the others are still imported, and the exit code is 1.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count == 0)
        {
            throw new UsageException("name the pages, URLs or raw article files to import");
        }

        var json = a.Value("--format") switch
        {
            null or "text" => false,
            "json" => true,
            var other => throw new UsageException($"--format must be text or json, not '{other}'"),
        };
        if (json && !a.Flag("--dry-run"))
        {
            throw new UsageException("--format json goes with --dry-run (a real import prints its report as text)");
        }

        var inputs = a.Positionals.Select(p => (Text: p, Url: AsUrl(p))).ToList();
        foreach (var (text, url) in inputs)
        {
            if (url is null && !File.Exists(text))
            {
                throw new UsageException(LooksLikeUrl(text) ? $"'{text}' is not an http or https URL" : $"no file '{text}'");
            }
        }

        var givenUrl = Url(a.Value("--url"));
        if (givenUrl is not null && inputs.Count > 1)
        {
            throw new UsageException("--url names one article's address: import that input on its own");
        }

        var input = SiteCommandOptions.InputDirectory(a);
        var options = new ImportOptions
        {
            SourceName = a.Value("--source-name") is { Length: > 0 } name ? name.Trim() : null,
            Url = givenUrl,
            Date = a.Value("--date") is { } date ? NewCommand.Date(date) : null,
        };

        var site = new SiteBuilder(new BuildOptions(input, "_site")).Read(out var loaded);
        var importer = new ArticleImporter(site, MentionMatcher.For(site));
        var failed = 0;
        foreach (var (text, url) in inputs)
        {
            var (article, error) = Read(text, url, importer, options, stderr);
            if (article is null)
            {
                failed++;
                if (json)
                {
                    // One object per input, failures too: {"input": …, "error": …} (the same line is on stderr).
                    ImportReport.WriteJsonError(stdout, text, error);
                }

                continue;
            }

            if (a.Flag("--dry-run"))
            {
                if (json)
                {
                    ImportReport.WriteJson(stdout, text, article);
                }
                else
                {
                    ImportReport.Print(stdout, null, article, site);
                }

                continue;
            }

            var result = DraftFile.Write(input, article);
            if (result.Error is { } writeError)
            {
                stderr.WriteLine($"briefings import: {text}: {writeError}");
                failed++;
                continue;
            }

            ImportReport.Print(stdout, Path.Combine(input, result.RelativePath!).Replace('\\', '/'), article, site);
        }

        if (loaded.ErrorCount > 0)
        {
            stderr.WriteLine($"note: {input} has {BuildCommand.Plural(loaded.ErrorCount, "error")} of its own; tags were matched against what could be read (run 'briefings check')");
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>One input, read, found and tagged; or no article and why (also written on stderr).</summary>
    private static (ImportedArticle? Article, string Error) Read(string name, Uri? url, ArticleImporter importer, ImportOptions options, TextWriter stderr)
    {
        var (article, error) = TryRead(name, url, importer, options, stderr);
        if (article is null && error is not null)
        {
            stderr.WriteLine($"briefings import: {name}: {error}");
        }

        return (article, error ?? ImportSource.NotUtf8);
    }

    /// <summary>The article, or the reason there is none (null when the loader has already reported it).</summary>
    private static (ImportedArticle? Article, string? Error) TryRead(string name, Uri? url, ArticleImporter importer, ImportOptions options, TextWriter stderr)
    {
        ImportInput? page;
        string? error;
        if (url is not null)
        {
            (page, error) = new PageFetcher().Fetch(url);
        }
        else
        {
            page = ImportSource.ReadFile(name, out var message);
            error = message;
            if (page is null && message == ImportSource.NotUtf8)
            {
                // Raw text must be UTF-8, as the content is: the loader's own error says where the first bad byte is.
                var bag = new DiagnosticBag();
                new InputLoader(bag).Decode(name, File.ReadAllBytes(name));
                foreach (var d in bag.Sorted())
                {
                    stderr.WriteLine(d);
                }

                return (null, null);
            }
        }

        if (page is null)
        {
            return (null, error);
        }

        var pageOptions = options with { FetchedFrom = page.Url, NameHint = url is null ? Path.GetFileNameWithoutExtension(name) : null };
        ImportedArticle article;
        if (page.IsHtml)
        {
            var extracted = HtmlExtractor.Extract(page.Text, page.Url ?? options.Url, out var notArticle);
            if (notArticle is not null)
            {
                return (null, notArticle);
            }

            article = importer.Import(extracted, pageOptions);
        }
        else
        {
            article = importer.Import(page.Text, pageOptions);
        }

        if (article.Slug.Length == 0 || article.Paragraphs.Count == 0)
        {
            return (null, article.Slug.Length == 0 ? "no title to make a file name from" : "no article text found");
        }

        return (article, null);
    }

    private static Uri? AsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && text.Contains("://", StringComparison.Ordinal) ? uri : null;

    private static bool LooksLikeUrl(string text) => text.Contains("://", StringComparison.Ordinal);

    private static Uri? Url(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new UsageException($"--url must be an absolute http or https URL, not '{text}'");
}
