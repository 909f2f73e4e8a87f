using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Alliances.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="RawHtml"/>.
/// Scriban does not escape by default; doing it here means a template cannot forget to.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return Write(raw.Html);
        }

        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
    }
}
