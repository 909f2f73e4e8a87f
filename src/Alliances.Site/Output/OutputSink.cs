using System.Collections.Concurrent;

namespace Alliances.Site.Output;

/// <summary>
/// Where a build puts each file as soon as it is made: the render workers hand pages over one by one
/// (from any thread), so a build never holds the whole site in memory at once.
/// </summary>
public abstract class OutputSink
{
    // Added to from every render worker, once per page: a queue takes them without a lock.
    private readonly ConcurrentQueue<string> _paths = new();

    /// <summary>Takes one file; <paramref name="content"/> is only read during the call, so callers reuse their buffers.</summary>
    public void Add(string path, ReadOnlySpan<byte> content)
    {
        Store(path, content);
        Added(path);
    }

    protected void Added(string path) => _paths.Enqueue(path);

    /// <summary>Takes a file already made (a preview's page from an earlier build); a sink that keeps files keeps this one.</summary>
    public virtual void Add(OutputFile file) => Add(file.Path, file.Content);

    public void AddRange(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            Add(file);
        }
    }

    /// <summary>Every path added so far, in ordinal order whatever order the workers finished in.</summary>
    public IReadOnlyList<string> Paths() => [.. _paths.Order(StringComparer.Ordinal)];

    protected abstract void Store(string path, ReadOnlySpan<byte> content);
}
