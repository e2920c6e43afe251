using Briefings.Diagnostics;
using Briefings.Pages;

namespace Briefings.Building;

/// <summary>
/// How long a stage took (wall clock), the CPU time the process spent in it (all threads), what it allocated, and the
/// time the JIT spent compiling methods (and how many) during it — start-up cost that ReadyToRun did not cover.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes, TimeSpan Jit = default, long JitMethods = 0)
{
    /// <summary>How many garbage collections of generation 0, 1 and 2 ran during the stage.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }
}

/// <summary>A stage has started: its name, its place in the run (3 of 7), and how much work it has when that is known.</summary>
public sealed record StageStart(string Stage, int Number, int Of, string? Work);

/// <summary>The outcome of a build or check: every diagnostic, what was written, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<PageKind, int> PagesByKind, int FilesWritten, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What happened to search: indexed, skipped on request, or not built and why.</summary>
    public string? SearchStatus { get; init; }

    /// <summary>The base path the site was built for (<c>/</c> or <c>/briefings/</c>); set when pages were written.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>How the output folder changed: files written because their bytes differ, files already right, entries removed.</summary>
    public Output.SyncReport? Changes { get; init; }

    /// <summary>Where the render stage's time and allocations went, by type of page, the costliest first (for <c>--verbose</c>).</summary>
    public IReadOnlyList<PageTypeTiming> PageTimings { get; init; } = [];

    /// <summary>Why serve's incremental rebuild did a full build instead (for <c>--verbose</c>); null when it did not.</summary>
    public string? FullBuildReason { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public int PagesWritten => PagesByKind.Values.Sum();
}

/// <summary>The time the rendering threads spent in one phase of a page type's pages, and what they allocated.</summary>
public readonly record struct PhaseTiming(TimeSpan Elapsed, long AllocatedBytes);

/// <summary>One page type's render cost: how many pages, and each phase's time and allocations (<c>--verbose</c>).</summary>
public sealed record PageTypeTiming(string Type, int Pages, PhaseTiming Model, PhaseTiming Template, PhaseTiming Files)
{
    public TimeSpan Total => Model.Elapsed + Template.Elapsed + Files.Elapsed;
}
