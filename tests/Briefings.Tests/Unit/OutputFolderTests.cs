using Briefings.Building;
using Briefings.Tests.Support;

namespace Briefings.Tests.Unit;

public sealed class OutputFolderTests
{
    private static readonly string Repo = Path.Combine(Path.GetTempPath(), "briefings-repo");

    [Fact]
    public void Should_accept_an_output_folder_of_its_own_When_it_is_beside_the_input()
    {
        Assert.Null(OutputFolder.Problem(Path.Combine(Repo, "_site"), Path.Combine(Repo, "input")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("input")]
    [InlineData("input/")]
    public void Should_refuse_an_output_folder_When_it_is_or_holds_the_input_folder(string relative)
    {
        // Given: --output . (the repository) or --output input
        var output = Path.Combine(Repo, relative);

        // When
        var problem = OutputFolder.Problem(output, Path.Combine(Repo, "input"));

        // Then
        Assert.NotNull(problem);
        Assert.Contains("holds the input folder", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_output_folder_When_it_holds_the_current_folder()
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory))!;

        var problem = OutputFolder.Problem(parent, Path.Combine(Repo, "input"));

        Assert.NotNull(problem);
        Assert.Contains("current folder", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_the_file_system_root_When_given_as_output()
    {
        Assert.Contains("root", OutputFolder.Problem(Path.GetPathRoot(Repo)!, Path.Combine(Repo, "input")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes/analysis.md")]
    [InlineData("thesis.txt")]
    [InlineData("index.html")]
    public void Should_refuse_a_folder_of_other_files_When_given_as_output(string file)
    {
        // Given: --output docs (or input/notes), a folder holding someone's files
        using var site = new TestSite();
        var docs = Path.Combine(site.Root, "docs");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(docs, file))!);
        File.WriteAllText(Path.Combine(docs, file), "mine");

        // When
        var problem = OutputFolder.Problem(docs, site.Input);

        // Then: refused, saying why, before anything is moved
        Assert.NotNull(problem);
        Assert.Contains("not a site briefings built", problem, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(docs, file)));
    }

    [Fact]
    public void Should_accept_an_empty_folder_or_a_site_it_built_When_given_as_output()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.Output);
        Assert.Null(OutputFolder.Problem(site.Output, site.Input));

        site.With("articles/2018/a.md", Files.Article("A")).BuildClean();
        Assert.Null(OutputFolder.Problem(site.Output, site.Input));
    }

    [Fact]
    public void Should_refuse_a_file_When_given_as_output()
    {
        using var site = new TestSite();
        File.WriteAllText(site.Output, "not a folder");

        Assert.Contains("is a file", OutputFolder.Problem(site.Output, site.Input), StringComparison.Ordinal);
    }
}
