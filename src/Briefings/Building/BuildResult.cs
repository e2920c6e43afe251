using Briefings.Diagnostics;

namespace Briefings.Building;

/// <summary>How long a stage took (wall clock), the CPU time the process spent in it (all threads) and what it allocated.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes);

/// <summary>The outcome of a build or check: every diagnostic, what was written, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesBySection, int FilesWritten, IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
