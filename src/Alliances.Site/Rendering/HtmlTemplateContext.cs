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
/// and copied for every page.
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _bytes = new byte[64 * 1024];

    /// <summary>The page template's output, before the layout wraps it.</summary>
    internal StringBuilder ContentBuffer { get; } = new(16 * 1024);

    /// <summary>The whole page: the layout around <see cref="ContentBuffer"/>.</summary>
    internal StringBuilder PageBuffer { get; } = new(32 * 1024);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case RawHtml raw:
                return Write(raw.Html);
            case RenderedContent content when Output is StringBuilderOutput output:
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

    /// <summary>UTF-8 bytes of <paramref name="buffer"/>, encoded from its chunks without making a string of it first.</summary>
    internal byte[] Utf8(StringBuilder buffer)
    {
        // At most three bytes per UTF-16 unit; a surrogate pair split across chunks is carried by the encoder.
        if (_bytes.Length < buffer.Length * 3)
        {
            _bytes = new byte[buffer.Length * 3];
        }

        _utf8.Reset();
        var written = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            written += _utf8.GetBytes(chunk.Span, _bytes.AsSpan(written), flush: false);
        }

        written += _utf8.GetBytes([], _bytes.AsSpan(written), flush: true);
        return _bytes.AsSpan(0, written).ToArray();
    }
}
