using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings diff</c>: a pull request's review sees the pages it adds, changes and removes.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/kept.md", Files.Article("Kept story", extra: "countries: [pakistan]"))
        .With("articles/2018/edited.md", Files.Article("Edited story", extra: "countries: [russia]"))
        .With("articles/2018/gone.md", Files.Article("Gone story", extra: "countries: [india]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_list_pages_added_changed_and_removed_by_title_and_address_and_count_other_files_apart()
    {
        // Given the site before and after a change that adds, edits and removes an article
        var before = Build("before");
        _site.With("articles/2018/edited.md", Files.Article("Edited story", extra: "countries: [russia]", body: "New text."))
            .With("articles/2018/new.md", Files.Article("New | [story] <b>bold</b>", extra: "countries: [russia]"))
            .Without("articles/2018/gone.md");
        var after = Build("after");

        // When
        var (code, markdown) = Diff(before, after, "--base-url", "/briefings/");

        // Then
        Assert.Equal(0, code);
        var lines = markdown.Split('\n');
        Assert.StartsWith("## Site changes: 1 page added, ", lines[0]);
        Assert.Contains("| New \\| \\[story\\] &lt;b&gt;bold&lt;/b&gt; | `/briefings/articles/new/` |", lines);
        Assert.Contains("| Edited story | `/briefings/articles/edited/` |", lines);
        Assert.Contains("| Gone story | `/briefings/articles/gone/` |", lines);
        Assert.Contains("| India | `/briefings/countries/india/` |", lines); // India's page went with its only article
        Assert.DoesNotContain(lines, l => l.Contains("/articles/kept/", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("### Added (1)", StringComparison.Ordinal) < markdown.IndexOf("New \\|", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("### Removed", StringComparison.Ordinal) < markdown.IndexOf("Gone story", StringComparison.Ordinal));
        Assert.Matches("Other files — feeds: [0-9]+ added, [0-9]+ changed, [0-9]+ removed", markdown);
    }

    [Fact]
    public void Should_say_nothing_changed_When_the_same_input_is_built_twice()
    {
        var (code, markdown) = Diff(Build("one"), Build("two"));

        Assert.Equal(0, code);
        Assert.Equal("## Site changes: 0 pages added, 0 changed, 0 removed\n\nNo other file changed.\n", markdown);
    }

    [Theory]
    [InlineData("only-one")]
    [InlineData("missing", "also-missing")]
    public void Should_exit_2_When_not_given_two_site_folders(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Program.Run(["diff", .. args.Select(a => Path.Combine(_site.Root, a))], stdout, stderr);

        Assert.Equal(2, code);
        Assert.Contains("folder", stderr.ToString());
    }

    private string Build(string name)
    {
        var output = Path.Combine(_site.Root, name);
        var result = new Briefings.Building.SiteBuilder(new Briefings.Building.BuildOptions(_site.Input, output) { Search = false }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    private static (int Code, string Stdout) Diff(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(["diff", .. args], stdout, stderr);
        return (code, stdout.ToString());
    }
}
