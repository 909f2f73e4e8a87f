using System.Buffers.Binary;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Packs the essays' search documents into shards of <see cref="EssaysPerShard"/> essays, in essay
/// order: <c>d/K.json</c> is a JSON array holding essays 32K to 32K+31, one to a line, and
/// <c>d/at.bin</c> gives each essay's place in its shard as two little-endian 32-bit numbers (start,
/// length), eight bytes an essay. The browser reads an essay's eight bytes and then its document with
/// HTTP Range requests, so a result costs the bytes of its own document, as the one file an essay did
/// before; a host that ignores Range sends whole files, which still work (the shard parses as an array).
/// </summary>
/// <remarks>
/// Why 32: the number of files is what a large build pays for (10,000 essays made 10,000 d/N.json);
/// 32 to a shard makes 313. Over Range the shard's size costs a query nothing, so it is bounded only by
/// the fallback: a host without Range sends up to ten whole shards for ten results, about 1.3 MB at
/// 4.2 KB an essay (64 would make 157 files and 2.7 MB; the 10,000 pages dwarf either count).
/// </remarks>
internal static class SearchDocumentShards
{
    public const int EssaysPerShard = 32;

    /// <summary>Where each essay's document sits in its shard.</summary>
    public const string Locations = "search/d/at.bin";

    private static ReadOnlySpan<byte> Open => "[\n"u8;

    private static ReadOnlySpan<byte> Between => ",\n"u8;

    private static ReadOnlySpan<byte> Close => "\n]\n"u8;

    public static string ShardPath(int shard) => $"search/d/{shard}.json";

    /// <summary>
    /// The shards, then <see cref="Locations"/>, into <paramref name="sink"/> one at a time, each made in
    /// the same buffer: the documents are already in memory (kept by their essays' prerendered bodies), and
    /// a second copy of all of them (about 40 MB at 10,000 essays) is never held at once.
    /// </summary>
    /// <param name="documents">Each essay's search document, by its number in the index.</param>
    public static void Write(ReadOnlyMemory<byte>[] documents, OutputSink sink)
    {
        var locations = new byte[documents.Length * 8];
        var content = new byte[64 * 1024];
        for (var first = 0; first < documents.Length; first += EssaysPerShard)
        {
            var essays = documents.AsSpan(first, Math.Min(EssaysPerShard, documents.Length - first));
            var size = Open.Length + Close.Length + (Between.Length * (essays.Length - 1));
            foreach (var document in essays)
            {
                size += document.Length;
            }

            if (content.Length < size)
            {
                content = new byte[Math.Max(size, content.Length * 2)];
            }

            var at = 0;
            Append(Open);
            for (var i = 0; i < essays.Length; i++)
            {
                if (essays[i].IsEmpty)
                {
                    throw new InvalidOperationException($"essay {first + i} has no search document");
                }

                if (i > 0)
                {
                    Append(Between);
                }

                var place = locations.AsSpan((first + i) * 8, 8);
                BinaryPrimitives.WriteUInt32LittleEndian(place, (uint)at);
                BinaryPrimitives.WriteUInt32LittleEndian(place[4..], (uint)essays[i].Length);
                Append(essays[i].Span);
            }

            Append(Close);
            sink.Add(ShardPath(first / EssaysPerShard), content.AsSpan(0, at));

            void Append(ReadOnlySpan<byte> bytes)
            {
                bytes.CopyTo(content.AsSpan(at));
                at += bytes.Length;
            }
        }

        sink.Add(Locations, locations);
    }
}
