using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

public static class MarkdownHtml
{
    public static RawHtml Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        // A document the incremental builder keeps between builds carries a slot for its HTML, so an
        // unchanged essay is not rendered again; a full build never adds the slot.
        if (document.GetData(RenderedHtmlSlot.Key) is RenderedHtmlSlot slot)
        {
            return slot.Html ??= RenderUncached(document, pipeline);
        }

        return RenderUncached(document, pipeline);
    }

    /// <summary>Whether the document keeps its rendered HTML between builds (see <see cref="RenderedHtmlSlot"/>).</summary>
    internal static bool IsCached(MarkdownDocument document) => document.GetData(RenderedHtmlSlot.Key) is RenderedHtmlSlot;

    private static RawHtml RenderUncached(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RawHtml(writer.ToString());
    }
}
