using System.Text;

namespace Alliances.Site.Loading;

/// <summary>Reads a whole text file the way <see cref="File.ReadAllText(string)"/> does, with one allocation: the string.</summary>
public static class TextFile
{
    [ThreadStatic]
    private static byte[]? t_buffer;

    [ThreadStatic]
    private static char[]? t_chars;

    public static string Read(string path) =>
        ReadBytes(path, out var bytes) switch
        {
            null => Encoding.UTF8.GetString(bytes),
            var whole => whole,
        };

    /// <summary>
    /// The file's text as <see cref="SourceText.Normalize(string)"/> gives it, in this thread's buffer (valid
    /// until the thread reads its next file) rather than in a string: an essay's body is copied out
    /// of it once, with its front-matter cut, so a file costs one string instead of two.
    /// </summary>
    public static ReadOnlySpan<char> ReadNormalized(string path)
    {
        if (ReadBytes(path, out var bytes) is { } whole)
        {
            return SourceText.Normalize(whole);
        }

        var chars = t_chars is { } c && c.Length >= bytes.Length ? c : (t_chars = new char[Math.Max(bytes.Length, 32 * 1024)]);
        var text = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars));
        return SourceText.Normalize(text);
    }

    /// <summary>The file's UTF-8 bytes (byte-order mark left out) in this thread's buffer, or its whole text when it is not UTF-8 or too large for the buffer.</summary>
    private static string? ReadBytes(string path, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength / 2)
        {
            return File.ReadAllText(path);
        }

        var buffer = t_buffer is { } b && b.Length >= length + 1 ? b : (t_buffer = new byte[Math.Max(length + 1, 64 * 1024)]);
        // The length the file had when opened is read, without a last call to find the end; a length
        // of 0 may be a file that does not know its size, which is read to its end.
        var read = 0;
        while ((read < length || length == 0) && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var n && n > 0)
        {
            read += n;
            if (read == buffer.Length)
            {
                // Longer than the buffer after all: let the framework read it whole.
                return File.ReadAllText(path);
            }
        }

        var bytes = buffer.AsSpan(0, read);
        switch (bytes)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                utf8 = bytes[3..];
                return null;

            // UTF-16 and UTF-32 byte-order marks: ReadAllText detects those encodings, and reads them.
            case [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF, ..]:
                return File.ReadAllText(path);
            default:
                utf8 = bytes;
                return null;
        }
    }
}
