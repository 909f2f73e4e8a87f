using System.Diagnostics;

namespace Alliances.Site;

/// <summary>One phase of a build: its wall time, the bytes it allocated, and the managed heap after it.</summary>
public readonly record struct PhaseTiming(string Phase, TimeSpan Elapsed, long AllocatedBytes, long HeapBytes);

/// <summary>How long each phase of a build took, in the order they ran (`build --timings` prints them).</summary>
public sealed class PhaseTimings
{
    private readonly List<PhaseTiming> _phases = [];

    public IReadOnlyList<PhaseTiming> Phases => _phases;

    public T Measure<T>(string phase, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return run();
        }
        finally
        {
            _phases.Add(new PhaseTiming(phase, Stopwatch.GetElapsedTime(start), GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalMemory(forceFullCollection: false)));
        }
    }
}
