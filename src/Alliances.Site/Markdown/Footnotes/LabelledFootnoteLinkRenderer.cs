using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliances.Site.Markdown.Footnotes;

/// <summary>
/// Writes footnote references and back-links with accessible names: a reference reads "Note 1"
/// (its visible "1" alone says nothing), a back-link "Back to reference 1" (its visible "↩" even
/// less). Same ids and targets as Markdig's own renderer.
/// </summary>
public sealed class LabelledFootnoteLinkRenderer(FootnoteLabels labels) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = (link.Footnote.Order).ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#fnref:" + index + "\" class=\"footnote-back-ref\" aria-label=\"")
                .WriteEscape(string.Format(CultureInfo.InvariantCulture, labels.BackLinkFormat, order)).Write("\">&#8617;</a>");
        }
        else
        {
            renderer.Write("<a id=\"fnref:" + index + "\" href=\"#fn:" + order + "\" class=\"footnote-ref\" aria-label=\"")
                .WriteEscape(string.Format(CultureInfo.InvariantCulture, labels.ReferenceFormat, order)).Write("\"><sup>" + order + "</sup></a>");
        }
    }
}
