using System.Globalization;

namespace Alliances.Server;

/// <summary>
/// The part of a file a request's <c>Range</c> header asks for, answered as static hosts answer it
/// (RFC 9110, section 14): one range of bytes, <c>bytes=a-b</c>, <c>bytes=a-</c> or <c>bytes=-n</c>. A
/// header it does not understand, or several ranges, gets the whole file, which the RFC allows; a
/// range wholly past the end cannot be satisfied (416). The search reads essays' documents this way.
/// </summary>
/// <param name="Start">The first byte sent.</param>
/// <param name="Length">How many bytes are sent.</param>
internal readonly record struct ByteRange(long Start, long Length)
{
    /// <summary>The range asked for, or null for the whole file.</summary>
    /// <param name="satisfiable">False when the range starts at or past the end of a file of <paramref name="size"/> bytes.</param>
    public static ByteRange? Of(string? header, long size, out bool satisfiable)
    {
        satisfiable = true;
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var spec = header.AsSpan("bytes=".Length).Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0 || spec.Contains(','))
        {
            return null;
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();
        if (first.IsEmpty)
        {
            // The last n bytes; none of nothing cannot be sent.
            if (!TryNumber(last, out var suffix))
            {
                return null;
            }

            var count = Math.Min(suffix, size);
            return count == 0 ? Unsatisfiable(out satisfiable) : new ByteRange(size - count, count);
        }

        var end = long.MaxValue;
        if (!TryNumber(first, out var start) || (!last.IsEmpty && (!TryNumber(last, out end) || end < start)))
        {
            return null;
        }

        return start >= size ? Unsatisfiable(out satisfiable) : new ByteRange(start, Math.Min(end, size - 1) - start + 1);
    }

    /// <summary>The <c>Content-Range</c> header of this part of a file of <paramref name="size"/> bytes.</summary>
    public string ContentRange(long size) => $"bytes {Start}-{Start + Length - 1}/{size}";

    private static ByteRange? Unsatisfiable(out bool satisfiable)
    {
        satisfiable = false;
        return null;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
