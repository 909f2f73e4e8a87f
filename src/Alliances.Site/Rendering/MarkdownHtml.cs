using System.Globalization;
using System.Text;
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

    /// <summary>
    /// As <see cref="Render(MarkdownDocument, MarkdownPipeline)"/>, held as UTF-8 unless the document
    /// keeps its HTML between builds; built in a worker's reused buffers.
    /// </summary>
    internal static RawHtml RenderUtf8(MarkdownDocument document, MarkdownPipeline pipeline, StringBuilder text, ref byte[] bytes, Encoder encoder)
    {
        if (IsCached(document))
        {
            return Render(document, pipeline);
        }

        text.Clear();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            Markdig.Markdown.ToHtml(document, writer, pipeline);
        }

        return RawHtml.FromUtf8(HtmlTemplateContext.Utf8(text, ref bytes, encoder));
    }

    /// <summary>Whether the document keeps its rendered HTML between builds (see <see cref="RenderedHtmlSlot"/>).</summary>
    private static bool IsCached(MarkdownDocument document) => document.GetData(RenderedHtmlSlot.Key) is RenderedHtmlSlot;

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
