using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Alliances.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="RawHtml"/>.
/// Scriban does not escape by default; doing it here means a template cannot forget to.
/// </summary>
/// <remarks>
/// Each render worker owns one context and renders many pages with it, so the context also owns the
/// buffers a page is built in: they keep their capacity from page to page instead of being regrown
/// and copied for every page. HTML held as UTF-8 (an essay's body) that is written into one of them
/// is kept apart as a splice and copied into the page's bytes as it is, instead of being decoded into
/// the buffer and encoded back.
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly Utf8Buffer _utf8 = new();
    private readonly Decoder _fromUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[8 * 1024];

    /// <summary>The page template's output, before the layout wraps it.</summary>
    internal StringBuilder ContentBuffer { get; } = new(16 * 1024);

    /// <summary>The whole page: the layout around <see cref="ContentBuffer"/>.</summary>
    internal StringBuilder PageBuffer { get; } = new(32 * 1024);

    /// <summary>The UTF-8 written into <see cref="ContentBuffer"/>.</summary>
    internal Utf8Splices ContentSplices { get; } = new();

    /// <summary>The UTF-8 written into <see cref="PageBuffer"/>.</summary>
    internal Utf8Splices PageSplices { get; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case RawHtml { Builder: { } borrowed } when Output is StringBuilderOutput output:
                output.Builder.Append(borrowed);
                return this;
            case RawHtml { IsUtf8: true } raw when Output is StringBuilderOutput output:
                if (SplicesOf(output.Builder) is { } splices)
                {
                    splices.Add(output.Builder.Length, raw.Utf8);
                }
                else
                {
                    AppendUtf8(output.Builder, raw.Utf8.Span);
                }

                return this;
            case RawHtml raw:
                return Write(raw.Html);
            case RenderedContent content when Output is StringBuilderOutput output && SplicesOf(output.Builder) is { } into && into != content.Splices:
                into.AddAll(content.Splices, output.Builder.Length);
                output.Builder.Append(content.Builder);
                return this;
            case RenderedContent content:
                return Write(content.ToString());
        }

        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
    }

    /// <summary>Renders a template into <paramref name="buffer"/> (cleared first) through this context.</summary>
    internal void RenderInto(Template template, StringBuilder buffer)
    {
        // What Template.Render does, minus turning the output into a string (TemplateSet only keeps
        // templates that parsed without errors).
        buffer.Clear();
        SplicesOf(buffer)?.Clear();
        PushOutput(new StringBuilderOutput(buffer));
        if (template.SourceFilePath is { } source)
        {
            PushSourceFile(source);
        }

        try
        {
            if (template.Page is { } page && Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }

            PopOutput();
        }
    }

    private void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        _fromUtf8.Reset();
        while (utf8.Length > 0)
        {
            _fromUtf8.Convert(utf8, _chars, flush: true, out var used, out var written, out _);
            builder.Append(_chars.AsSpan(0, written));
            utf8 = utf8[used..];
        }
    }

    /// <summary>The page just rendered as UTF-8, in this context's scratch: valid until the next page.</summary>
    internal ReadOnlySpan<byte> PageUtf8() => _utf8.Encode(PageBuffer, PageSplices);

    private Utf8Splices? SplicesOf(StringBuilder buffer) =>
        ReferenceEquals(buffer, ContentBuffer) ? ContentSplices : ReferenceEquals(buffer, PageBuffer) ? PageSplices : null;
}
