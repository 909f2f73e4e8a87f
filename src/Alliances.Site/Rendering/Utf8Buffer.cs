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
    public ReadOnlySpan<byte> Encode(StringBuilder text)
    {
        // At most three bytes per UTF-16 unit; a surrogate pair split across chunks is carried by the encoder.
        if (_scratch.Length < text.Length * 3)
        {
            _scratch = new byte[text.Length * 3];
        }

        _encoder.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += _encoder.GetBytes(chunk.Span, _scratch.AsSpan(written), flush: false);
        }

        written += _encoder.GetBytes([], _scratch.AsSpan(written), flush: true);
        return _scratch.AsSpan(0, written);
    }
}
