using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown, template output): written without escaping.</summary>
/// <remarks>
/// Owned, as a string; or borrowed from an <see cref="HtmlLender"/> (a <see cref="BodyRenderer"/>'s
/// buffers), as text or as UTF-8 that a page's bytes take as it is (see <see cref="HtmlTemplateContext"/>),
/// for a body written into its page and forgotten. Borrowed HTML is valid until its lender writes its
/// buffers again, which it does for the next body: reading it after that throws.
/// </remarks>
public sealed class RawHtml
{
    private readonly string? _text;
    private readonly StringBuilder? _builder;
    private readonly ReadOnlyMemory<byte>? _utf8;
    private readonly HtmlLender? _lender;
    private readonly int _lentAt;

    public RawHtml(string html) => _text = html;

    private RawHtml(HtmlLender lender, StringBuilder? builder, ReadOnlyMemory<byte>? utf8)
    {
        _lender = lender;
        _lentAt = lender.Generation;
        _builder = builder;
        _utf8 = utf8;
    }

    /// <summary>The HTML as text (decoded or copied on each call unless owned).</summary>
    public string Html => _text ?? (Utf8Held is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : Builder!.ToString());

    /// <summary>The buffer this HTML borrows, if it borrows text.</summary>
    internal StringBuilder? Builder => Current(_builder);

    /// <summary>The bytes when this HTML is borrowed as UTF-8, else empty.</summary>
    internal ReadOnlyMemory<byte> Utf8 => Utf8Held ?? default;

    internal bool IsUtf8 => _utf8 is not null;

    private ReadOnlyMemory<byte>? Utf8Held => Current(_utf8);

    /// <summary>Borrows a lender's text buffer, valid until the lender's next <see cref="HtmlLender.Reuse"/>.</summary>
    internal static RawHtml Borrowing(StringBuilder buffer, HtmlLender lender) => new(lender, buffer, null);

    /// <summary>Borrows a lender's UTF-8 buffer, valid until the lender's next <see cref="HtmlLender.Reuse"/>.</summary>
    internal static RawHtml BorrowingUtf8(ReadOnlyMemory<byte> utf8, HtmlLender lender) => new(lender, null, utf8);

    public override string ToString() => Html;

    private T Current<T>(T value)
    {
        if (_lender is not null && _lender.Generation != _lentAt)
        {
            throw new InvalidOperationException("borrowed HTML was read after its buffer was written again for the next body; take its text (Html) before then to keep it");
        }

        return value;
    }
}
