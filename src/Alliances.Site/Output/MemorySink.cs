using System.Collections.Concurrent;

namespace Alliances.Site.Output;

/// <summary>Keeps every file in memory: for `check`, which writes nothing, and for tests that inspect the bytes.</summary>
public sealed class MemorySink : OutputSink
{
    // Added to from every render worker, once per page (in a preview mostly pages kept from the last
    // build, 10,000 in a few milliseconds): a queue takes them without a lock.
    private readonly ConcurrentQueue<OutputFile> _files = new();

    /// <summary>The files, in ordinal path order.</summary>
    public IReadOnlyList<OutputFile> Files() => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>The files as they were added, in no set order: for the preview, which serves them by path.</summary>
    public IReadOnlyList<OutputFile> Unordered() => [.. _files];

    /// <summary>Keeps this very instance: a preview tells unchanged files by it.</summary>
    public override void Add(OutputFile file)
    {
        Keep(file);
        Added(file.Path);
    }

    protected override void Store(string path, ReadOnlySpan<byte> content) => Keep(new OutputFile(path, content.ToArray()));

    private void Keep(OutputFile file) => _files.Enqueue(file);
}
