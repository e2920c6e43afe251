using System.Collections.Concurrent;
using System.Diagnostics;
using Briefings.Building;
using Briefings.Pages;

namespace Briefings.Output;

/// <summary>
/// Where the render stage's time and allocations go, by type of page (<c>--verbose</c>): for each, its pages' models
/// (the data a page shows: maps, networks, related items), templates, and the files beside them (feeds, exports). A
/// page type whose cost grows with the corpus shows up here, not only as a slower render. Counted on the rendering
/// threads, so the times add up to more than the stage's wall clock.
/// </summary>
internal sealed class RenderProfile
{
    // Keyed by template and kind, named only when printed: no string is made per page.
    private readonly ConcurrentDictionary<(PageTemplate Template, PageKind Kind), long[]> _byType = new();

    /// <summary>What a page is, for the profile: its template, and for entity pages its kind ("entity: country").</summary>
    private static string TypeOf((PageTemplate Template, PageKind Kind) type) => type.Template == PageTemplate.Entity
        ? $"{type.Template.Name}: {type.Kind.ToString().ToLowerInvariant()}"
        : type.Template.Name;

    /// <summary>Starts timing one page on this thread.</summary>
    public Meter Start(PageJob job) => new(_byType.GetOrAdd((job.Template, job.Template == PageTemplate.Entity ? job.Kind : default), static _ => new long[1 + (3 * 2)]));

    /// <summary>Each page type's figures, the costliest first.</summary>
    public IReadOnlyList<PageTypeTiming> Timings() =>
        [.. _byType.Select(e => new PageTypeTiming(
                TypeOf(e.Key),
                (int)Interlocked.Read(ref e.Value[0]),
                Phase(e.Value, PagePhase.Model),
                Phase(e.Value, PagePhase.Template),
                Phase(e.Value, PagePhase.Files)))
            .OrderByDescending(t => t.Total)
            .ThenBy(t => t.Type, StringComparer.Ordinal)];

    private static PhaseTiming Phase(long[] counters, PagePhase phase) => new(
        Stopwatch.GetElapsedTime(0, Interlocked.Read(ref counters[1 + (2 * (int)phase)])),
        Interlocked.Read(ref counters[2 + (2 * (int)phase)]));

    /// <summary>One page's clock: <see cref="Lap"/> after each phase, on the thread that rendered it.</summary>
    internal struct Meter
    {
        private readonly long[] _counters;
        private long _ticks;
        private long _bytes;

        public Meter(long[] counters)
        {
            _counters = counters;
            Interlocked.Increment(ref counters[0]);
            _ticks = Stopwatch.GetTimestamp();
            _bytes = GC.GetAllocatedBytesForCurrentThread();
        }

        public void Lap(PagePhase phase)
        {
            var ticks = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            Interlocked.Add(ref _counters[1 + (2 * (int)phase)], ticks - _ticks);
            Interlocked.Add(ref _counters[2 + (2 * (int)phase)], bytes - _bytes);
            _ticks = ticks;
            _bytes = bytes;
        }
    }
}

/// <summary>The parts of rendering a page that the profile tells apart.</summary>
internal enum PagePhase
{
    Model,
    Template,
    Files,
}
