using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Alliances.Site.Output;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Tests.Readers;
using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Search;

/// <summary>
/// The essays' search documents packed into shards, against the plain layout they replace (one file
/// per essay): every document is found, byte for byte, exactly once, in the shard and at the place
/// d/at.bin gives, and each shard is also the JSON array of its essays' documents.
/// </summary>
public sealed class SearchDocumentShardsTests
{
    private const int PerShard = SearchDocumentShards.EssaysPerShard;

    [Theory]
    [InlineData(1)]
    [InlineData(PerShard - 1)]
    [InlineData(PerShard)]
    [InlineData(PerShard + 1)]
    [InlineData((3 * PerShard) + 5)]
    public void Every_document_is_in_the_shard_and_at_the_place_the_locations_give_exactly_once(int essays)
    {
        var reference = Documents(essays);

        var files = Pack(reference);

        var shards = (essays + PerShard - 1) / PerShard;
        Assert.Equal(Enumerable.Range(0, shards).Select(k => $"search/d/{k}.json").Append(SearchDocumentShards.Locations).Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        var locations = files[SearchDocumentShards.Locations];
        Assert.Equal(essays * 8, locations.Length);
        var claimed = new HashSet<(int Shard, int Start)>();
        for (var e = 0; e < essays; e++)
        {
            var start = (int)BinaryPrimitives.ReadUInt32LittleEndian(locations.AsSpan(e * 8));
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(locations.AsSpan((e * 8) + 4));
            Assert.Equal(reference[e], files[$"search/d/{e / PerShard}.json"].AsSpan(start, length).ToArray());
            Assert.True(claimed.Add((e / PerShard, start)), $"essay {e} shares its place with another");
        }

        // Nothing else is in a shard: its bytes are its documents and the array's punctuation only.
        var documentBytes = reference.Sum(d => d.Length);
        Assert.Equal(documentBytes + (shards * "[\n\n]\n".Length) + ((essays - shards) * ",\n".Length), files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Sum(f => f.Value.Length));
    }

    [Fact]
    public void A_shard_read_whole_as_a_host_without_range_requests_sends_it_is_the_array_of_its_essays_documents()
    {
        var reference = Documents(PerShard + 7);

        var files = Pack(reference);

        for (var k = 0; k < 2; k++)
        {
            using var shard = JsonDocument.Parse(files[$"search/d/{k}.json"]);
            var expected = reference.Skip(k * PerShard).Take(PerShard).Select(d => Encoding.UTF8.GetString(d)).ToList();
            Assert.Equal(expected, shard.RootElement.EnumerateArray().Select(d => d.GetRawText()).ToList());
        }
    }

    [Fact]
    public void A_site_of_several_shards_finds_every_essays_document_with_its_page_and_anchors()
    {
        var essays = PerShard + 8;
        using var site = TempSite.WithFiles([.. Enumerable.Range(0, essays).Select(i => ($"content/essays/essay-{i:D2}.md",
            ReaderSite.Essay($"Essay {i}", $"2025-{1 + (i % 12):D2}-{1 + (i % 28):D2}", body: $"Opening of essay {i}.\n\n## Part {i}\n\nText of part {i}.\n")))]);
        Assert.True(site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(site.Output, "search", "d", "1.json")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "d", "2.json")));
        Assert.Equal(essays, SearchDocumentFiles.Count(site.Output));
        var titles = new List<string>();
        for (var e = 0; e < essays; e++)
        {
            using var document = SearchDocumentFiles.Read(site.Output, e);
            var path = document.RootElement.GetProperty("path").GetString()!;
            titles.Add(document.RootElement.GetProperty("title").GetString()!);
            var page = new HtmlParser().ParseDocument(site.ReadOutput(path + "index.html"));
            Assert.Equal(titles[^1], page.QuerySelector("h1")!.TextContent.Trim());
            var anchors = document.RootElement.GetProperty("sections").EnumerateArray().Select(s => s[0].GetString()!).Where(a => a.Length > 0).ToList();
            Assert.NotEmpty(anchors);
            Assert.All(anchors, anchor => Assert.NotNull(page.GetElementById(anchor)));
        }

        Assert.Equal(Enumerable.Range(0, essays).Select(i => $"Essay {i}").Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    /// <summary>The files written, by path (each written once).</summary>
    private static Dictionary<string, byte[]> Pack(List<byte[]> documents)
    {
        var sink = new MemorySink();
        SearchDocumentShards.Write([.. documents.Select(d => (ReadOnlyMemory<byte>)d)], sink);
        var files = sink.Files().ToDictionary(f => f.Path, f => f.Content);
        return sink.Paths().Count == files.Count ? files : throw new InvalidOperationException("a file was written twice");
    }

    /// <summary>Documents of varied sizes and scripts, as SearchIndexWriter writes them (JSON on one line).</summary>
    private static List<byte[]> Documents(int count)
    {
        var random = new Random(count);
        var words = new[] { "alliance", "تعاون", "İşbirliği", "\"quoted\"", "défense", "پاکستان", "𝔘nicode" };
        return [.. Enumerable.Range(0, count).Select(i => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["title"] = $"Essay {i}",
            ["path"] = $"essays/essay-{i}/",
            ["sections"] = Enumerable.Range(0, 1 + random.Next(5)).Select(s => new[] { $"s{s}", $"Heading {s}", string.Join(' ', Enumerable.Range(0, random.Next(200)).Select(_ => words[random.Next(words.Length)])) }).ToArray(),
        }))];
    }
}
