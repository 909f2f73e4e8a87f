using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown, template output): written without escaping.</summary>
/// <remarks>
/// Held either as a string or, for the essay bodies a whole site keeps until its pages are built, as
/// UTF-8 bytes: half the memory, and written into a page by decoding straight into its buffer.
/// </remarks>
public sealed class RawHtml
{
    private readonly string? _text;
    private readonly byte[]? _utf8;

    public RawHtml(string html) => _text = html;

    private RawHtml(byte[] utf8) => _utf8 = utf8;

    /// <summary>The HTML as text (decoded on each call when held as UTF-8).</summary>
    public string Html => _text ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>The bytes when this HTML is held as UTF-8, else empty.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8;

    internal bool IsUtf8 => _utf8 is not null;

    public static RawHtml FromUtf8(byte[] utf8) => new(utf8);

    public override string ToString() => Html;
}
