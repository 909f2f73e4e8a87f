using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliances.Site.Markdown.Footnotes;

/// <summary>
/// Writes an essay's footnotes as a section under a "Notes" heading, in the essay's language (a
/// landmark a screen reader can jump to, and a visible title where Markdig draws only a rule). The heading's id is reserved
/// (<see cref="Anchors.AnchorAssigner.ReservedIds"/>), so no heading of the essay can take it.
/// </summary>
public sealed class LabelledFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    public const string HeadingId = "footnotes-label";

    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" aria-labelledby=\"" + HeadingId + "\">");
        renderer.Write("<h2 id=\"" + HeadingId + "\">").WriteEscape(BodyLabels.Of(group).Notes).WriteLine("</h2>");
        renderer.WriteLine("<ol>");
        foreach (var block in group)
        {
            var footnote = (Footnote)block;
            renderer.WriteLine("<li id=\"fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture) + "\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
