using System.Text.Json;
using System.Text.RegularExpressions;
using Briefings.Building;
using Briefings.Cli;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings init</c>: a new site from the installed tool alone, which checks and builds as it is.</summary>
public sealed partial class InitCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefings-init-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Should_start_a_site_that_checks_and_builds_with_an_example_of_each_kind_When_the_folder_is_new()
    {
        var folder = Path.Combine(_root, "my-site");

        var (code, stdout, _) = Run("init", folder, "--title", "Gulf \"Watch\"");

        Assert.Equal(0, code);
        Assert.Contains("next: cd ", stdout);
        foreach (var file in new[]
        {
            "input/site.yml", $"input/articles/{DateTime.Today.Year}/example-article.md", "input/notes/example-note.md",
            "input/meetings/example-meeting.md", "input/groups/example-group.md", "input/people/example-person.md",
            ".config/dotnet-tools.json", ".github/workflows/ci.yml", ".github/workflows/pages.yml", ".gitignore", "README.md",
        })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"no {file}");
        }

        var result = new SiteBuilder(new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "_site")) { BaseUrl = "https://example.org/my-site/", Search = false }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var home = File.ReadAllText(Path.Combine(folder, "_site", "index.html"));
        Assert.Contains("Gulf &quot;Watch&quot;", home);
        Assert.True(File.Exists(Path.Combine(folder, "_site", "groups", "example-group", "index.html")));
        Assert.Equal(0, Run("check", "--input", Path.Combine(folder, "input")).Code);
    }

    [Fact]
    public void Should_pin_this_version_of_the_tool_and_the_actions_this_repository_pins()
    {
        var folder = Path.Combine(_root, "site");
        Run("init", folder);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("briefings.tool");
        Assert.Equal(Run("--version").Stdout.Trim(), "briefings " + tool.GetProperty("version").GetString());

        var ours = Pins(Path.Combine(RealInputTests.RepoRoot(), ".github", "workflows"));
        var theirs = Pins(Path.Combine(folder, ".github", "workflows"));
        Assert.NotEmpty(theirs);
        Assert.All(theirs, pin => Assert.Contains(pin, ours));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("input/site.yml")]
    public void Should_refuse_a_folder_with_files_and_write_nothing_When_it_is_not_empty(string existing)
    {
        var folder = Path.Combine(_root, "busy");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, existing))!);
        File.WriteAllText(Path.Combine(folder, existing), "mine");

        var (code, _, stderr) = Run("init", folder);

        Assert.Equal(2, code);
        Assert.Contains("is not empty", stderr);
        Assert.Single(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Should_start_a_site_in_a_fresh_git_repository()
    {
        var folder = Path.Combine(_root, "repo");
        Directory.CreateDirectory(Path.Combine(folder, ".git"));

        Assert.Equal(0, Run("init", folder).Code);
        Assert.True(File.Exists(Path.Combine(folder, "input", "site.yml")));
    }

    /// <summary>Every <c>uses: owner/action@sha # version</c> of the workflows in <paramref name="folder"/>.</summary>
    private static HashSet<string> Pins(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yml").SelectMany(f => Uses().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))];

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"uses: (\S+@[0-9a-f]{40} # \S+)")]
    private static partial Regex Uses();
}
