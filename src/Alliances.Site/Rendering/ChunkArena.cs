namespace Alliances.Site.Rendering;

/// <summary>
/// Hands out slices of large chunks, for data made at load that lives until the build ends (each
/// essay's HTML, search document and term counts). As 10,000 small arrays per kind, that data was
/// zeroed when allocated and copied by the garbage collector as it aged from generation to
/// generation; chunks this large start on the large object heap, which is neither zeroed here nor
/// compacted. One arena per thread: it is not thread-safe.
/// </summary>
internal sealed class ChunkArena<T>
    where T : unmanaged
{
    private readonly int _chunkLength;
    private T[] _chunk = [];
    private int _used;

    public ChunkArena(int chunkBytes = 1 << 20) =>
        _chunkLength = chunkBytes / System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>A slice of <paramref name="length"/> elements, not cleared: the caller fills it.</summary>
    public Memory<T> Allocate(int length)
    {
        if (length > _chunkLength / 4)
        {
            // A large piece gets an array of its own rather than wasting the rest of a chunk.
            return GC.AllocateUninitializedArray<T>(length);
        }

        if (_chunk.Length - _used < length)
        {
            _chunk = GC.AllocateUninitializedArray<T>(_chunkLength);
            _used = 0;
        }

        var slice = _chunk.AsMemory(_used, length);
        _used += length;
        return slice;
    }

    public ReadOnlyMemory<T> Copy(ReadOnlySpan<T> items)
    {
        var slice = Allocate(items.Length);
        items.CopyTo(slice.Span);
        return slice;
    }
}
