using Briefings.Output.Search;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Browser;

/// <summary>
/// A browser test of the search page, which needs Pagefind (<c>npm ci --prefix theme</c>) as well as Chromium. Skipped,
/// with the reason, on a developer machine without either; in CI (<c>CI</c> set) it always runs.
/// </summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute()
    {
        if (new BrowserFactAttribute().Skip is { } skip)
        {
            Skip = skip;
        }
        else if (Environment.GetEnvironmentVariable("CI") is null && PagefindIndexer.Find(Path.Combine(RealInputTests.RepoRoot(), "input"), null) is null)
        {
            Skip = Support.SkipReasons.Note($"search tests: Pagefind is not installed ({PagefindIndexer.InstallHint}); CI installs it and runs them");
        }
    }
}
