using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// The repository's own briefing keeps the rules of a public briefing (.github/CONTRIBUTING.md, "Content honesty"):
/// every article names its source's address, every event and every relation cites at least one source, and no article republishes the text of a source kept by <c>import</c>.
/// </summary>
public sealed class ContentHonestyTests : IDisposable
{
    private const string SeedSlug = "pakistan-russia-concerned-over-growing-is-threat";

    private readonly TestSite _site = new();

    public ContentHonestyTests()
    {
        var input = Path.Combine(RealInputTests.RepoRoot(), "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            _site.With(Path.GetRelativePath(input, file), File.ReadAllText(file));
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_name_a_source_url_in_every_article()
    {
        var articles = Directory.EnumerateFiles(Path.Combine(_site.Input, "articles"), "*.md", SearchOption.AllDirectories).ToList();

        Assert.True(articles.Count >= 25, $"only {articles.Count} articles");
        Assert.All(articles, path => Assert.Matches(@"(?m)^source:\s*\n(?:\s+.*\n)*?\s+url: https?://\S+", File.ReadAllText(path)));
    }

    [Fact]
    public void Should_cite_at_least_one_source_url_in_every_event()
    {
        var events = Directory.EnumerateFiles(Path.Combine(_site.Input, "events"), "*.md", SearchOption.AllDirectories).ToList();

        Assert.True(events.Count >= 10, $"only {events.Count} events");
        Assert.All(events, path => Assert.Matches(@"(?m)^sources:\s*\n\s+- name: .+\n\s+url: https?://\S+", File.ReadAllText(path)));
    }

    [Fact]
    public void Should_cite_a_source_url_for_every_relation()
    {
        var files = new[] { "groups", "people", "countries" }
            .Where(folder => Directory.Exists(Path.Combine(_site.Input, folder)))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(_site.Input, folder), "*.md"))
            .Select(File.ReadAllText)
            .Where(text => text.Contains("\nrelations:", StringComparison.Ordinal))
            .ToList();
        var relations = files.SelectMany(text => text[text.IndexOf("\nrelations:", StringComparison.Ordinal)..text.IndexOf("\n---", 4, StringComparison.Ordinal)]
            .Split("\n  - type:").Skip(1)).ToList();

        Assert.True(relations.Count >= 8, $"only {relations.Count} relations");
        Assert.All(relations, relation => Assert.Matches(@"url: ""?https?://", relation));
    }

    [Fact]
    public void Should_not_repeat_forty_consecutive_words_of_the_seed_articles_source_text()
    {
        // Given the newspaper's page text, kept where 'import' keeps a source
        var seed = Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Importing", "Data", "pakistan-russia-is-threat.txt");
        _site.With($".briefings/sources/{SeedSlug}.txt", File.ReadAllText(seed));

        // When
        var result = _site.Build();

        // Then the copy check (BRF503) finds nothing to report
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CopiedSource);
    }

    [Fact]
    public void Should_report_a_copy_When_the_seed_article_republishes_its_source()
    {
        // Given the check above would see a copy: the seed article's body replaced by the page's text
        var seed = File.ReadAllText(Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Importing", "Data", "pakistan-russia-is-threat.txt"));
        var article = Path.Combine(_site.Input, "articles", "2018", SeedSlug + ".md");
        var text = File.ReadAllText(article);
        var frontMatterEnd = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(article, text[..frontMatterEnd] + "\n" + seed);
        _site.With($".briefings/sources/{SeedSlug}.txt", seed);

        // When
        var result = _site.Build();

        // Then
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CopiedSource);
    }
}
