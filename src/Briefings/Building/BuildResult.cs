using Briefings.Diagnostics;

namespace Briefings.Building;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The outcome of a build or check: every diagnostic, what was written, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesBySection, int FilesWritten, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The base path the site was built for (<c>/</c> or <c>/briefings/</c>); set when pages were written.</summary>
    public string BasePath { get; init; } = "/";

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
