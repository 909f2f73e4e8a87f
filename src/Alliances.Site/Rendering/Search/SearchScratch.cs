using System.Buffers;
using System.Text.Json;

namespace Alliances.Site.Rendering.Search;

/// <summary>One worker's reusable buffers: each essay's sections and each file's JSON are built in the same memory.</summary>
internal sealed class SearchScratch : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private WorkerTermIds? _termIds;

    public SearchScratch() => _writer = new Utf8JsonWriter(_buffer, SearchIndexWriter.JsonOptions);

    public Dictionary<int, int> Counts { get; } = [];

    /// <summary>The sections of the essay being counted.</summary>
    public SearchSections Sections { get; } = new();

    /// <summary>This worker's ids for the terms of <paramref name="table"/>, kept from essay to essay.</summary>
    public WorkerTermIds TermIds(SearchTermTable table) => _termIds?.Table == table ? _termIds : _termIds = new(table);

    public byte[] Json(Action<Utf8JsonWriter> write) => JsonSpan(write).ToArray();

    /// <summary>The JSON in this scratch's buffer: valid until the next call.</summary>
    public ReadOnlySpan<byte> JsonSpan(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        write(_writer);
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _writer.Dispose();
}
