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

    /// <summary>The shards, then <see cref="Locations"/>.</summary>
    /// <param name="documents">Each essay's search document, by its number in the index.</param>
    public static OutputFile[] Write(ReadOnlyMemory<byte>[] documents, ParallelOptions parallel)
    {
        var shards = (documents.Length + EssaysPerShard - 1) / EssaysPerShard;
        var files = new OutputFile[shards + 1];
        var locations = new byte[documents.Length * 8];
        Parallel.For(0, shards, parallel, k =>
        {
            var first = k * EssaysPerShard;
            var essays = documents.AsSpan(first, Math.Min(EssaysPerShard, documents.Length - first));
            var size = Open.Length + Close.Length + (Between.Length * (essays.Length - 1));
            foreach (var document in essays)
            {
                size += document.Length;
            }

            var content = new byte[size];
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
            files[k] = new OutputFile(ShardPath(k), content);

            void Append(ReadOnlySpan<byte> bytes)
            {
                bytes.CopyTo(content.AsSpan(at));
                at += bytes.Length;
            }
        });

        files[shards] = new OutputFile(Locations, locations);
        return files;
    }
}
