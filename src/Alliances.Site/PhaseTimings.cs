using System.Diagnostics;

namespace Alliances.Site;

/// <summary>
/// One phase of a build: its wall time, the process's CPU time over it (user + system, all threads:
/// twice the wall time means both cores were busy throughout), the bytes it allocated, the managed
/// heap after it, its garbage collections, and how long they paused the program. A pause stops every
/// worker while one thread collects, so on two cores it costs about twice its length in work.
/// </summary>
public readonly record struct PhaseTiming(string Phase, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes, long HeapBytes, int Collections, TimeSpan GcPause);

/// <summary>How long each phase of a build took, in the order they ran (`build --timings` prints them).</summary>
public sealed class PhaseTimings
{
    private readonly List<PhaseTiming> _phases = [];

    public IReadOnlyList<PhaseTiming> Phases => _phases;

    /// <summary>How many images had their resized copies encoded, and how many took them all from the cache.</summary>
    public (int Encoded, int Reused) Images { get; set; }

    /// <summary>How many social cards were drawn, and how many came from the cache.</summary>
    public (int Drawn, int Reused) Cards { get; set; }

    public void Measure(string phase, Action run) => Measure<object?>(phase, () =>
    {
        run();
        return null;
    });

    public T Measure<T>(string phase, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        try
        {
            return run();
        }
        finally
        {
            _phases.Add(new PhaseTiming(phase, Stopwatch.GetElapsedTime(start), Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated,
                GC.GetTotalMemory(forceFullCollection: false), GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused));
        }
    }
}
