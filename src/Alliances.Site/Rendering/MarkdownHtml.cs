using System.Globalization;
using System.Text;
using Markdig;
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
    internal static RawHtml RenderUtf8(MarkdownDocument document, MarkdownPipeline pipeline, StringBuilder text, Utf8Buffer utf8)
    {
        if (document.GetData(RenderedHtmlSlot.Key) is RenderedHtmlSlot)
        {
            return Render(document, pipeline);
        }

        WriteInto(text, document, pipeline);
        return RawHtml.FromUtf8(utf8.Encode(text).ToArray());
    }

    /// <summary>The document's HTML in <paramref name="buffer"/> (cleared first), which the result borrows.</summary>
    internal static RawHtml RenderInto(StringBuilder buffer, MarkdownDocument document, MarkdownPipeline pipeline)
    {
        WriteInto(buffer, document, pipeline);
        return RawHtml.Borrowing(buffer);
    }

    private static RawHtml RenderUncached(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var text = new StringBuilder();
        WriteInto(text, document, pipeline);
        return new RawHtml(text.ToString());
    }

    internal static void WriteInto(StringBuilder text, MarkdownDocument document, MarkdownPipeline pipeline)
    {
        text.Clear();
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        Markdig.Markdown.ToHtml(document, writer, pipeline);
    }
}
