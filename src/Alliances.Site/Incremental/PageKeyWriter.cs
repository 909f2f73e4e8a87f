using System.Buffers;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Alliances.Site.Rendering;
using Alliances.Site.Rendering.ViewModels;
using Scriban.Runtime;

namespace Alliances.Site.Incremental;

/// <summary>
/// Writes a page's view model (the globals its templates see) as bytes: two pages with equal bytes
/// render to equal HTML. The bytes themselves are the cache key, compared exactly, so there is no
/// hash collision to worry about. Long HTML (a rendered essay body) is written as its SHA-256,
/// computed once per <see cref="RawHtml"/> instance (a body is lent anew for each page, so an instance
/// is one page's body and its hash is never another's).
/// </summary>
internal sealed class PageKeyWriter
{
    private const int InlineHtmlLimit = 256;
    private static readonly ConditionalWeakTable<RawHtml, byte[]> HtmlHashes = new();

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>Writes the key; false when the model holds a value this writer cannot describe (the page is then always rendered).</summary>
    /// <param name="model">A page's globals, or a model every page shares (the `site` model).</param>
    public bool Write(IScriptObject model, string templateHash)
    {
        _buffer.ResetWrittenCount();
        WriteString(templateHash);
        return WriteValue(model);
    }

    private bool WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteTag('n');
                return true;
            case string text:
                WriteTag('s');
                WriteString(text);
                return true;
            case bool flag:
                WriteTag(flag ? 't' : 'f');
                return true;
            case int number:
                WriteTag('i');
                WriteString(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case long number:
                WriteTag('l');
                WriteString(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case RawHtml html:
                WriteTag('h');
                if (html.IsUtf8)
                {
                    _buffer.Write(HtmlHashes.GetValue(html, h => SHA256.HashData(h.Utf8.Span)));
                }
                else if (html.Html.Length <= InlineHtmlLimit)
                {
                    WriteString(html.Html);
                }
                else
                {
                    _buffer.Write(HtmlHashes.GetValue(html, h => SHA256.HashData(Encoding.UTF8.GetBytes(h.Html))));
                }

                return true;
            case IScriptCustomFunction:
                // Functions (include) are the same for every page; the templates are keyed separately.
                WriteTag('F');
                return true;
            case ViewModel model:
                WriteTag('{');
                foreach (var member in model.GetMembers())
                {
                    model.TryGetValue(null, default, member, out var item);
                    WriteString(member);
                    if (!WriteValue(item))
                    {
                        return false;
                    }
                }

                WriteTag('}');
                return true;
            case ScriptObject model:
                WriteTag('{');
                foreach (var (key, item) in model)
                {
                    WriteString(key);
                    if (!WriteValue(item))
                    {
                        return false;
                    }
                }

                WriteTag('}');
                return true;
            case IList list:
                // A ScriptArray, or a view model's typed ScriptArray<T>.
                WriteTag('[');
                foreach (var item in list)
                {
                    if (!WriteValue(item))
                    {
                        return false;
                    }
                }

                WriteTag(']');
                return true;
            default:
                return false;
        }
    }

    private void WriteTag(char tag)
    {
        _buffer.GetSpan(1)[0] = (byte)tag;
        _buffer.Advance(1);
    }

    private void WriteString(string text)
    {
        var length = _buffer.GetSpan(4);
        BitConverter.TryWriteBytes(length, text.Length);
        _buffer.Advance(4);
        _buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
