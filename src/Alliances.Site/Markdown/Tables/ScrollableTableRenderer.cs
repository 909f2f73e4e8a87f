using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Alliances.Site.Markdown.Tables;

/// <summary>
/// Wraps each table in a labelled, focusable region, so a table wider than a phone screen scrolls
/// on its own (not the page) and a keyboard user can scroll it too (WCAG 2.1.1; axe's
/// scrollable-region-focusable). Its name is in the essay's language (<see cref="BodyLabels"/>).
/// </summary>
public sealed class ScrollableTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(BodyLabels.Of(table).ScrollingTable).Write("\">").WriteLine();
        }

        base.Write(renderer, table);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
