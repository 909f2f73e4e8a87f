using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliances.Site.Markdown.Footnotes;

/// <summary>
/// Writes footnote references and back-links with accessible names: a reference reads "Note 1"
/// (its visible "1" alone says nothing), a back-link "Back to reference 1" (its visible "↩" even
/// less), in the essay's language. Same ids and targets as Markdig's own renderer.
/// </summary>
public sealed class LabelledFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var labels = BodyLabels.Of(link.Footnote);
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#fnref:" + index + "\" class=\"footnote-back-ref\" aria-label=\"")
                .WriteEscape(labels.BackToReference(link.Footnote.Order)).Write("\">&#8617;</a>");
        }
        else
        {
            renderer.Write("<a id=\"fnref:" + index + "\" href=\"#fn:" + order + "\" class=\"footnote-ref\" aria-label=\"")
                .WriteEscape(labels.NoteReference(link.Footnote.Order)).Write("\"><sup>" + order + "</sup></a>");
        }
    }
}
