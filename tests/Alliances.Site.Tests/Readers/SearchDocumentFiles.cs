using System.Buffers.Binary;
using System.Text.Json;

namespace Alliances.Site.Tests.Readers;

/// <summary>Reads an essay's search document from a built site as search.js does: its place in d/at.bin, then those bytes of its shard.</summary>
internal static class SearchDocumentFiles
{
    public static JsonDocument Read(string output, int essay)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "search", "manifest.json")));
        var perShard = manifest.RootElement.GetProperty("documents").GetInt32();
        var place = File.ReadAllBytes(Path.Combine(output, "search", "d", "at.bin")).AsSpan(essay * 8, 8);
        var shard = File.ReadAllBytes(Path.Combine(output, "search", "d", $"{essay / perShard}.json"));
        return JsonDocument.Parse(shard.AsMemory((int)BinaryPrimitives.ReadUInt32LittleEndian(place), (int)BinaryPrimitives.ReadUInt32LittleEndian(place[4..])));
    }

    /// <summary>How many essays d/at.bin places.</summary>
    public static int Count(string output) => (int)(new FileInfo(Path.Combine(output, "search", "d", "at.bin")).Length / 8);
}
