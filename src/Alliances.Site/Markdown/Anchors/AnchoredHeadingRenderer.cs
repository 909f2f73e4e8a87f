using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Anchors;

/// <summary>
/// Writes <c>&lt;h2 id="x"&gt;&lt;a class="heading-anchor" href="#x"&gt;Title&lt;/a&gt;&lt;/h2&gt;</c>: the heading
/// text itself is the permalink, so screen readers hear the heading once and nothing extra.
/// </summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = "h" + obj.Level.ToString(CultureInfo.InvariantCulture);
        var id = obj.TryGetAttributes()?.Id;
        // A link inside a link is invalid HTML; such headings keep their id but no self-link.
        var selfLink = id is not null && !(obj.Inline?.Descendants<LinkInline>().Any() ?? false);

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        if (selfLink)
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscape(id).Write("\">");
        }

        renderer.WriteLeafInline(obj);
        if (selfLink)
        {
            renderer.Write("</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
