using System.Text;

namespace Alliances.Site.Loading;

/// <summary>Reads a whole text file the way <see cref="File.ReadAllText(string)"/> does, with one allocation: the string.</summary>
public static class TextFile
{
    [ThreadStatic]
    private static byte[]? t_buffer;

    public static string Read(string path)
    {
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
        return bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes[3..]),

            // UTF-16 and UTF-32 byte-order marks: ReadAllText detects those encodings, and reads them.
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF, ..] => File.ReadAllText(path),
            _ => Encoding.UTF8.GetString(bytes),
        };
    }
}
