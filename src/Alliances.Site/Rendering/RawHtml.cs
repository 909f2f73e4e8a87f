using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown, template output): written without escaping.</summary>
/// <remarks>
/// Held as a string; as UTF-8 bytes for the bodies the incremental builder keeps between builds (half
/// the memory, written into a page by decoding straight into its buffer); or borrowing a render
/// worker's buffer, for a body written into its page and forgotten.
/// </remarks>
public sealed class RawHtml
{
    private readonly string? _text;
    private readonly byte[]? _utf8;

    public RawHtml(string html) => _text = html;

    private RawHtml(byte[] utf8) => _utf8 = utf8;

    private RawHtml(StringBuilder borrowed) => Builder = borrowed;

    /// <summary>The HTML as text (decoded or copied on each call unless held as a string).</summary>
    public string Html => _text ?? (_utf8 is not null ? Encoding.UTF8.GetString(_utf8) : Builder!.ToString());

    /// <summary>The buffer this HTML borrows, if it does: valid only until its owner reuses it.</summary>
    internal StringBuilder? Builder { get; }

    /// <summary>The bytes when this HTML is held as UTF-8, else empty.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8;

    internal bool IsUtf8 => _utf8 is not null;

    public static RawHtml FromUtf8(byte[] utf8) => new(utf8);

    internal static RawHtml Borrowing(StringBuilder buffer) => new(buffer);

    public override string ToString() => Html;
}
