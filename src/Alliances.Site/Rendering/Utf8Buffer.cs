using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>
/// Encodes a <see cref="StringBuilder"/> to UTF-8 from its chunks, without making a string of it first,
/// through scratch bytes a worker reuses for every page or body it encodes.
/// </summary>
internal sealed class Utf8Buffer
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _scratch = new byte[64 * 1024];

    /// <summary>The text's UTF-8 bytes in this buffer's scratch: valid until the next call.</summary>
    public ReadOnlySpan<byte> Encode(StringBuilder text) => Encode(text, null);

    /// <summary>As <see cref="Encode(StringBuilder)"/>, with each splice's bytes copied in at its place.</summary>
    public ReadOnlySpan<byte> Encode(StringBuilder text, Utf8Splices? splices)
    {
        // At most three bytes per UTF-16 unit; a surrogate pair split across chunks is carried by the encoder.
        var spliced = 0;
        for (var i = 0; i < (splices?.Count ?? 0); i++)
        {
            spliced += splices![i].Utf8.Length;
        }

        if (_scratch.Length < (text.Length * 3) + spliced)
        {
            _scratch = new byte[(text.Length * 3) + spliced];
        }

        _encoder.Reset();
        var written = 0;
        var position = 0;
        var next = 0;
        foreach (var chunk in text.GetChunks())
        {
            var chars = chunk.Span;
            while (splices is not null && next < splices.Count && splices[next].At <= position + chars.Length)
            {
                // The text up to the splice, flushed: a surrogate left open there is ended as it would be
                // by any other character, then the bytes.
                var (at, utf8) = splices[next++];
                written += _encoder.GetBytes(chars[..(at - position)], _scratch.AsSpan(written), flush: true);
                utf8.Span.CopyTo(_scratch.AsSpan(written));
                written += utf8.Length;
                chars = chars[(at - position)..];
                position = at;
            }

            written += _encoder.GetBytes(chars, _scratch.AsSpan(written), flush: false);
            position += chars.Length;
        }

        while (splices is not null && next < splices.Count)
        {
            written += _encoder.GetBytes([], _scratch.AsSpan(written), flush: true);
            var utf8 = splices[next++].Utf8;
            utf8.Span.CopyTo(_scratch.AsSpan(written));
            written += utf8.Length;
        }

        written += _encoder.GetBytes([], _scratch.AsSpan(written), flush: true);
        return _scratch.AsSpan(0, written);
    }
}
