using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown, template output): written without escaping.</summary>
/// <remarks>
/// Held as a string; as UTF-8 bytes, for the bodies the incremental builder keeps between builds (half
/// the memory) and the bodies a render worker builds from HTML made at load, which a page's bytes take
/// as they are (see <see cref="HtmlTemplateContext"/>); or borrowing a render worker's buffer, for a
/// body written into its page and forgotten.
/// </remarks>
public sealed class RawHtml
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte>? _utf8;

    public RawHtml(string html) => _text = html;

    private RawHtml(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private RawHtml(StringBuilder borrowed) => Builder = borrowed;

    /// <summary>The HTML as text (decoded or copied on each call unless held as a string).</summary>
    public string Html => _text ?? (_utf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : Builder!.ToString());

    /// <summary>The buffer this HTML borrows, if it does: valid only until its owner reuses it.</summary>
    internal StringBuilder? Builder { get; }

    /// <summary>The bytes when this HTML is held as UTF-8, else empty; borrowed ones are valid only until their owner reuses them.</summary>
    internal ReadOnlyMemory<byte> Utf8 => _utf8 ?? default;

    internal bool IsUtf8 => _utf8 is not null;

    public static RawHtml FromUtf8(byte[] utf8) => new((ReadOnlyMemory<byte>)utf8);

    internal static RawHtml Borrowing(StringBuilder buffer) => new(buffer);

    /// <summary>UTF-8 in a buffer its owner reuses: valid until the owner's next page.</summary>
    internal static RawHtml BorrowingUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public override string ToString() => Html;
}
