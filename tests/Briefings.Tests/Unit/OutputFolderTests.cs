using Briefings.Building;

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
}
