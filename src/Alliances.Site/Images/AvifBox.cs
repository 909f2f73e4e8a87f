using System.Buffers.Binary;

namespace Alliances.Site.Images;

/// <summary>
/// Reads an AVIF file's size from its boxes (ISO BMFF: `ftyp`, then `meta` › `iprp` › `ipco` › `ispe`).
/// Not a decoder: SkiaSharp's builds do not decode AVIF, and the size is all the page needs.
/// </summary>
internal static class AvifBox
{
    public static bool IsAvif(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16 || !head[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var size = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(head), (uint)head.Length);
        for (var at = 8; at + 4 <= size; at += 4)
        {
            if (at == 12)
            {
                continue; // the minor version, not a brand
            }

            var brand = head[at..(at + 4)];
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The width and height of the first `ispe` property, or null when there is none.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> file) => Find(file, 0);

    private static (int Width, int Height)? Find(ReadOnlySpan<byte> boxes, int depth)
    {
        var at = 0;
        while (depth < 4 && at + 8 <= boxes.Length)
        {
            var size = (long)BinaryPrimitives.ReadUInt32BigEndian(boxes[at..]);
            var type = boxes[(at + 4)..(at + 8)];
            var header = 8;
            if (size == 1 && at + 16 <= boxes.Length)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(boxes[(at + 8)..]);
                header = 16;
            }
            else if (size == 0)
            {
                size = boxes.Length - at;
            }

            if (size < header || at + size > boxes.Length)
            {
                return null;
            }

            var body = boxes.Slice(at + header, (int)size - header);
            if (type.SequenceEqual("ispe"u8) && body.Length >= 12)
            {
                return ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(body[4..])),
                    (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(body[8..])));
            }

            // `meta` is a full box: four bytes of version and flags before its children.
            var children = type.SequenceEqual("meta"u8) && body.Length >= 4 ? body[4..]
                : type.SequenceEqual("iprp"u8) || type.SequenceEqual("ipco"u8) ? body
                : default;
            if (!children.IsEmpty && Find(children, depth + 1) is { } found)
            {
                return found;
            }

            at += (int)size;
        }

        return null;
    }
}
