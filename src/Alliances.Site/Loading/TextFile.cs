using System.Text;
using Alliances.Site.Scratch;

namespace Alliances.Site.Loading;

/// <summary>
/// Reads a whole text file the way <see cref="File.ReadAllText(string)"/> does, with one allocation
/// (the string), and never more than <see cref="MarkdownDocumentReader.MaxFileBytes"/>: the limit
/// counts the bytes actually read, because a device or a file still being written reports a size
/// that means nothing (a character device reports 0 and never ends).
/// </summary>
public static class TextFile
{
    /// <exception cref="FileTooLargeException">The file holds more than <paramref name="limit"/> bytes.</exception>
    public static string Read(string path, int limit = MarkdownDocumentReader.MaxFileBytes)
    {
        var buffers = ThreadScratch<Buffers>.Rent();
        try
        {
            return ReadBytes(path, limit, buffers, out var bytes) ?? Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ThreadScratch<Buffers>.Return(buffers);
        }
    }

    /// <summary>
    /// Hands <paramref name="use"/> the file's text as <see cref="SourceText.Normalize(string)"/> gives
    /// it, in a rented buffer rather than in a string (the span is valid only during the call): an
    /// essay's body is copied out of it once, with its front-matter cut, so a file costs one string instead of two.
    /// </summary>
    /// <exception cref="FileTooLargeException">The file holds more than <paramref name="limit"/> bytes.</exception>
    public static T ReadNormalized<T>(string path, Func<ReadOnlySpan<char>, T> use, int limit = MarkdownDocumentReader.MaxFileBytes)
    {
        var buffers = ThreadScratch<Buffers>.Rent();
        try
        {
            if (ReadBytes(path, limit, buffers, out var bytes) is { } whole)
            {
                return use(SourceText.Normalize(whole));
            }

            var chars = buffers.Chars(bytes.Length);
            return use(SourceText.Normalize(chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars))));
        }
        finally
        {
            ThreadScratch<Buffers>.Return(buffers);
        }
    }

    /// <summary>The file's UTF-8 bytes (byte-order mark left out) in <paramref name="buffers"/>, or its whole text when it is not UTF-8.</summary>
    private static string? ReadBytes(string path, int limit, Buffers buffers, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > limit)
        {
            throw new FileTooLargeException(length, limit);
        }

        // The length the file had when opened is read, without a last call to find the end; a length
        // of 0 may be a file that does not know its size, which is read to its end or to the limit.
        var buffer = buffers.Bytes((int)length + 1);
        var read = 0;
        while ((read < length || length == 0) && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var n && n > 0)
        {
            read += n;
            if (read > limit)
            {
                throw new FileTooLargeException(read, limit);
            }

            if (read == buffer.Length)
            {
                buffer = buffers.Grow(Math.Min((long)buffer.Length * 2, limit + 1L));
            }
        }

        var bytes = buffer.AsSpan(0, read);
        switch (bytes)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                utf8 = Checked(bytes[3..]);
                return null;

            // UTF-16 and UTF-32 byte-order marks: decoded from the bytes read, as ReadAllText would.
            case [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF, ..]:
                using (var reader = new StreamReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                {
                    return reader.ReadToEnd();
                }

            default:
                utf8 = Checked(bytes);
                return null;
        }
    }

    /// <summary>
    /// The bytes, if they are UTF-8; otherwise the place of the first byte that is not. Decoded as it
    /// is, such a file would be published with replacement characters (`�`) in place of its letters.
    /// </summary>
    /// <exception cref="NotUtf8Exception">A byte is not part of a UTF-8 character.</exception>
    private static ReadOnlySpan<byte> Checked(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return bytes;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        throw new NotUtf8Exception(before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1, bytes[offset]);
    }

    /// <summary>The buffers a file is read into, kept from file to file.</summary>
    private sealed class Buffers
    {
        private byte[] _bytes = [];
        private char[] _chars = [];

        public byte[] Bytes(int atLeast) => _bytes.Length >= atLeast ? _bytes : (_bytes = new byte[Math.Max(atLeast, 64 * 1024)]);

        /// <summary>A larger byte buffer holding what the current one holds.</summary>
        public byte[] Grow(long size)
        {
            var larger = new byte[size];
            _bytes.CopyTo(larger, 0);
            return _bytes = larger;
        }

        public char[] Chars(int atLeast) => _chars.Length >= atLeast ? _chars : (_chars = new char[Math.Max(atLeast, 32 * 1024)]);
    }
}

/// <summary>A text file is not UTF-8: where its first byte that is not, 1-based.</summary>
public sealed class NotUtf8Exception(int line, int column, byte value)
    : IOException($"the file is not UTF-8: the byte 0x{value:X2} here is not part of a UTF-8 character (the file was probably saved as Latin-1 or Windows-1252); save the file as UTF-8")
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A file holds more bytes than its reader accepts; thrown before more than the limit (plus one read) is held.</summary>
public sealed class FileTooLargeException(long bytes, int limit)
    : IOException($"the file holds more than {limit:N0} bytes")
{
    /// <summary>How many bytes were found: the reported size, or the bytes read before giving up.</summary>
    public long Bytes { get; } = bytes;
}
