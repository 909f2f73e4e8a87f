using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliances.Site.Markdown.Anchors;

/// <summary>Renders headings that carry an id as self-links, so every section can be linked to.</summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        }
    }
}
