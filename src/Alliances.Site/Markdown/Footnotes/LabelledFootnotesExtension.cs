using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Alliances.Site.Markdown.Footnotes;

/// <summary>Renders footnotes through the labelled renderers. Register after UseFootnotes.</summary>
public sealed class LabelledFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlFootnoteGroupRenderer or HtmlFootnoteLinkRenderer);
            html.ObjectRenderers.Insert(0, new LabelledFootnoteGroupRenderer());
            html.ObjectRenderers.Insert(0, new LabelledFootnoteLinkRenderer());
        }
    }
}
