using System.Diagnostics;

namespace Briefings.Building.Incremental;

/// <summary>The steps of an incremental update as <see cref="StageTiming"/>s: each step's wall clock, CPU time and allocations since the one before.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _elapsed;
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public List<StageTiming> Timings { get; } = [];

    public void Mark(string stage)
    {
        var (elapsed, cpu, allocated) = (_clock.Elapsed, Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes());
        Timings.Add(new StageTiming(stage, elapsed - _elapsed, cpu - _cpu, allocated - _allocated));
        (_elapsed, _cpu, _allocated) = (elapsed, cpu, allocated);
    }
}
