using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

public static class MarkdownHtml
{
    public static RawHtml Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RawHtml(writer.ToString());
    }
}
