using Alliances.Site.Rendering;

namespace Alliances.Site.Tests.Rendering;

public class ChunkArenaTests
{
    [Fact]
    public void Slices_keep_what_was_copied_into_them_across_chunks()
    {
        var arena = new ChunkArena<int>(chunkBytes: 256);
        var random = new Random(3);
        var pieces = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next()).ToArray()).ToList();

        var slices = pieces.Select(p => arena.Copy(p)).ToList();

        Assert.All(pieces.Zip(slices), pair => Assert.Equal(pair.First, pair.Second.ToArray()));
    }

    [Fact]
    public void A_piece_larger_than_a_quarter_chunk_gets_an_array_of_its_own()
    {
        var arena = new ChunkArena<byte>(chunkBytes: 1024);

        var small = arena.Allocate(10);
        var large = arena.Allocate(600);
        var next = arena.Allocate(10);

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(large, out var own));
        Assert.Equal(600, own.Array!.Length);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(small, out var first));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(next, out var second));
        Assert.Same(first.Array, second.Array);
        Assert.Equal(10, second.Offset);
    }
}
