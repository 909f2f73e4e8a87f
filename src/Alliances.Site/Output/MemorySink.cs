namespace Alliances.Site.Output;

/// <summary>Keeps every file in memory: for `check`, which writes nothing, and for tests that inspect the bytes.</summary>
public sealed class MemorySink : OutputSink
{
    private readonly List<OutputFile> _files = [];

    /// <summary>The files, in ordinal path order.</summary>
    public IReadOnlyList<OutputFile> Files()
    {
        lock (_files)
        {
            return [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
    }

    /// <summary>Keeps this very instance: a preview tells unchanged files by it.</summary>
    public override void Add(OutputFile file)
    {
        Keep(file);
        Added(file.Path);
    }

    protected override void Store(string path, ReadOnlySpan<byte> content) => Keep(new OutputFile(path, content.ToArray()));

    private void Keep(OutputFile file)
    {
        lock (_files)
        {
            _files.Add(file);
        }
    }
}
