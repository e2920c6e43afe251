using Briefings.Building;
using Briefings.Diagnostics;

namespace Briefings.Tests.Support;

/// <summary>
/// A tiny site built from inline files in a temp folder, in the style of Hugo's integration test builder:
/// write <c>input/</c>, build, then assert on the output files.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string BasePath = "/base/";

    /// <param name="parent">Where the site's folder goes: the temporary folder unless a test needs it elsewhere.</param>
    public TestSite(string? parent = null)
    {
        Root = Path.Combine(parent ?? Path.GetTempPath(), "briefings-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "site.yml"), "title: Test Briefings\nbase_url: https://example.org/base/\n");
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "_site");

    public TestSite With(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TestSite Without(string path)
    {
        File.Delete(Path.Combine(Input, path));
        return this;
    }

    public BuildResult Build(bool drafts = false, string? baseUrl = null) =>
        new SiteBuilder(new BuildOptions(Input, Output) { IncludeDrafts = drafts, BaseUrl = baseUrl }).Build();

    /// <summary>Builds and fails the test with every diagnostic when the build does not succeed.</summary>
    public BuildResult BuildClean(bool drafts = false)
    {
        var result = Build(drafts);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>A copy of the built-in theme in the site's folder (<c>theme/</c>), for a test to change.</summary>
    public string CopyOfDefaultTheme()
    {
        var theme = Path.Combine(Root, "theme");
        foreach (var file in Templates.Theme.Default.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(theme, file))!);
            File.WriteAllBytes(Path.Combine(theme, file), Templates.Theme.Default.Read(file));
        }

        return theme;
    }

    public bool HasPage(string path) => File.Exists(PageFile(path));

    /// <summary>The HTML of the page at a site path such as <c>articles/x/</c>.</summary>
    public string Page(string path)
    {
        Assert.True(HasPage(path), $"no page at {path}");
        return File.ReadAllText(PageFile(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private string PageFile(string path) => Path.Combine(Output, path, "index.html");
}

internal static class BuildResultExtensions
{
    public static Diagnostic Single(this BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);
}
