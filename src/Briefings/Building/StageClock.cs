using System.Diagnostics;
using System.Runtime;

namespace Briefings.Building;

/// <summary>
/// Stages (of a build) or steps (of an incremental update) as <see cref="StageTiming"/>s: each one's wall clock, CPU time, allocations,
/// JIT time and garbage collections since the one before.
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Sample _last = Sample.Now(TimeSpan.Zero);

    public List<StageTiming> Timings { get; } = [];

    public void Mark(string stage)
    {
        var now = Sample.Now(_clock.Elapsed);
        Timings.Add(new StageTiming(stage, now.Elapsed - _last.Elapsed, now.Cpu - _last.Cpu, now.Allocated - _last.Allocated, now.Jit - _last.Jit, now.Jitted - _last.Jitted)
        {
            Collections = (now.Gen0 - _last.Gen0, now.Gen1 - _last.Gen1, now.Gen2 - _last.Gen2),
        });
        _last = now;
    }

    private readonly record struct Sample(TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan Jit, long Jitted, int Gen0, int Gen1, int Gen2)
    {
        public static Sample Now(TimeSpan elapsed) => new(elapsed, Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(),
            JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }
}
