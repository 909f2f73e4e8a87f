using System.Net;
using System.Net.Http.Headers;
using Alliances.Server;

namespace Alliances.Site.Tests.Serve;

/// <summary>The preview answers Range requests as static hosts do: the search reads essays' documents from their shards so.</summary>
public sealed class ByteRangeTests
{
    public static TheoryData<string?, long?, long?> Ranges => new()
    {
        // header, first byte sent and how many, for a file of 100 bytes (null: the whole file)
        { null, null, null },
        { "bytes=0-9", 0, 10 },
        { "bytes=90-", 90, 10 },
        { "bytes=95-200", 95, 5 },
        { "bytes=-30", 70, 30 },
        { "bytes=-300", 0, 100 },
        { "BYTES= 5-5", 5, 1 },
        { "bytes=9-3", null, null },
        { "bytes=0-1,5-6", null, null },
        { "items=0-9", null, null },
        { "bytes=x-9", null, null },
        { "bytes=-", null, null },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void A_single_range_is_the_bytes_it_names_and_anything_else_is_the_whole_file(string? header, long? start, long? length)
    {
        var range = ByteRange.Of(header, 100, out var satisfiable);

        Assert.True(satisfiable);
        Assert.Equal(start is null ? null : new ByteRange(start.Value, length!.Value), range);
    }

    [Theory]
    [InlineData("bytes=100-", 100)]
    [InlineData("bytes=150-160", 100)]
    [InlineData("bytes=-0", 100)]
    [InlineData("bytes=-5", 0)]
    public void A_range_past_the_end_cannot_be_satisfied(string header, long size)
    {
        Assert.Null(ByteRange.Of(header, size, out var satisfiable));
        Assert.False(satisfiable);
    }

    [Fact]
    public async Task The_preview_sends_the_part_of_a_file_a_range_asks_for_with_status_206()
    {
        await using var session = await ServeSession.StartAsync();
        var whole = await session.Http.GetByteArrayAsync("/alliances/assets/style.css");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/alliances/assets/style.css") { Headers = { Range = new RangeHeaderValue(10, 29) } };
        using var response = await session.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(whole[10..30], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 10-29/{whole.Length}", response.Content.Headers.ContentRange!.ToString());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, "/alliances/assets/style.css") { Headers = { Range = new RangeHeaderValue(whole.Length, null) } };
        using var refused = await session.Http.SendAsync(beyond);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, refused.StatusCode);
        Assert.Equal($"bytes */{whole.Length}", refused.Content.Headers.ContentRange!.ToString());
    }
}
