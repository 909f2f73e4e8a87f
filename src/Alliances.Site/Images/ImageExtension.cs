using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Alliances.Site.Images;

/// <summary>Renders checked images through <see cref="ImageRenderer"/> and titled lone images as figures (<see cref="FigureRenderer"/>).</summary>
public sealed class ImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new ImageRenderer());
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new FigureRenderer());
        }
    }
}
