using System.Buffers;
using System.Text.Json;
using Alliances.Site.Model;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>One worker's reusable buffers: each essay's sections and each file's JSON are built in the same memory.</summary>
internal sealed class SearchScratch : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private WorkerTermIds? _termIds;

    public SearchScratch() => _writer = new Utf8JsonWriter(_buffer, SearchIndexWriter.JsonOptions);

    public TermCounts Counts { get; } = new();

    /// <summary>The sections of the essay being counted.</summary>
    public SearchSections Sections { get; } = new();

    /// <summary>This worker's ids for the terms of <paramref name="table"/>, kept from essay to essay.</summary>
    public WorkerTermIds TermIds(SearchTermTable table) => _termIds?.Table == table ? _termIds : _termIds = new(table);

    public byte[] Json(Action<Utf8JsonWriter> write) => JsonSpan(write).ToArray();

    /// <summary>
    /// One essay's search document: its sections' term counts (numbered by <paramref name="table"/>,
    /// kept in <paramref name="arena"/> when given) and its search document in this scratch's buffer, valid
    /// until the next call.
    /// </summary>
    public SectionTerms[] Document(Essay essay, MarkdownDocument document, SearchTermTable table, out ReadOnlySpan<byte> json, ChunkArena<int>? arena = null)
    {
        var sections = Sections;
        sections.Collect(document, essay.Body.Passages);
        var counted = SectionTerms.Count(essay.Title, sections, TermIds(table), Counts, arena);
        json = JsonSpan(w => SearchIndexWriter.WriteEssay(w, essay, sections));
        return counted;
    }

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
