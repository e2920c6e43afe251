namespace Briefings.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium (or the browser at <c>BRIEFINGS_CHROMIUM</c>, e.g. a CI runner's Chrome).
/// Skipped, with the reason, on a developer machine without it; in CI (<c>CI</c> set) it always runs, so a missing
/// browser fails rather than passes silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static readonly string Chromium = Environment.GetEnvironmentVariable("BRIEFINGS_CHROMIUM") ?? "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = Support.SkipReasons.Note($"browser tests: {Chromium} is not installed (apt-get install chromium); CI installs it and runs them");
        }
    }
}

/// <summary>A <see cref="BrowserFactAttribute"/> with data: skipped, or run, on the same terms.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = new BrowserFactAttribute().Skip;
}
