using Briefings.Building;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// Every internal <c>href</c> and <c>src</c> of a built site is a file of that site under its base path. CI runs this
/// test on the very site it uploads, named by <c>BRIEFINGS_SITE</c> and <c>BRIEFINGS_BASE_PATH</c>; without them the
/// real <c>input/</c> is built under <c>/briefings/</c> and checked. External links are not fetched.
/// </summary>
public sealed class SiteLinkCheckTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "briefings-links-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Should_resolve_every_internal_link_to_a_file_under_the_base_path_When_the_site_is_built()
    {
        // Given the site CI built, or the real input built here
        var site = Environment.GetEnvironmentVariable("BRIEFINGS_SITE");
        var basePath = Environment.GetEnvironmentVariable("BRIEFINGS_BASE_PATH") ?? (site is null ? "/briefings/" : "/");
        if (site is null)
        {
            var input = Path.Combine(RealInputTests.RepoRoot(), "input");
            var result = new SiteBuilder(new BuildOptions(input, _output) { BaseUrl = basePath }).Build();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            site = _output;
        }

        site = Path.GetFullPath(site, RealInputTests.RepoRoot());
        Assert.True(Directory.Exists(site), $"no site at {site}");

        // When every page's links are followed
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count();
        var broken = SiteLinks.Broken(site, new Urls(basePath).BasePath);

        // Then
        Assert.True(pages > 0, $"no HTML pages in {site}");
        Assert.True(broken.Count == 0, $"{broken.Count} broken links in {pages} pages of {site} under {basePath}:\n" + string.Join("\n", broken.Take(50)));
    }
}
