using Briefings.Building;

namespace Briefings.Tests.Integration;

/// <summary>The repository's own <c>input/</c> builds cleanly under a project-site base path, and the promised links exist.</summary>
public sealed class RealInputTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "briefings-real-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <remarks>Its links are checked by <see cref="SiteLinkCheckTests"/>, which CI also points at the site it publishes.</remarks>
    [Fact]
    public void Should_build_the_real_input_with_no_errors_or_warnings()
    {
        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_link_pakistan_to_the_seed_article_the_seventh_meeting_and_the_islamic_state_and_back()
    {
        Build();

        var pakistan = Read("countries/pakistan/");
        Assert.Contains("/briefings/articles/pakistan-russia-concerned-over-growing-is-threat/", pakistan);
        Assert.Contains("/briefings/meetings/pakistan-russia-jwg-ct-7/", pakistan);
        Assert.Contains("/briefings/groups/islamic-state/", pakistan);
        Assert.Contains("/briefings/countries/pakistan/", Read("meetings/pakistan-russia-jwg-ct-7/"));
        var note = Read("notes/pakistan-russia-counter-terrorism-track/");
        Assert.Contains("/briefings/articles/pakistan-russia-concerned-over-growing-is-threat/", note);
        Assert.Contains("/briefings/notes/pakistan-russia-counter-terrorism-track/", Read("articles/pakistan-russia-concerned-over-growing-is-threat/"));
    }

    [Fact]
    public void Should_write_byte_identical_sites_When_the_real_input_is_built_twice()
    {
        Build();
        var first = ContentErrorTests.Snapshot(_output);
        var again = _output + "-again";
        try
        {
            Build(again);

            Assert.True(first.Count > 250, $"only {first.Count} files");
            Assert.Equal(first, ContentErrorTests.Snapshot(again));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    private BuildResult Build(string? output = null) =>
        new SiteBuilder(new BuildOptions(Path.Combine(RepoRoot(), "input"), output ?? _output) { BaseUrl = "https://example.org/briefings/" }).Build();

    private string Read(string path) => File.ReadAllText(Path.Combine(_output, path, "index.html"));

    internal static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Briefings.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("Briefings.sln not found above the test folder");
        }

        return dir;
    }
}
