using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Alliances.Site.Markdown.Tables;

/// <summary>Renders pipe tables through <see cref="ScrollableTableRenderer"/>. Register after UsePipeTables.</summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
            html.ObjectRenderers.Insert(0, new ScrollableTableRenderer());
        }
    }
}
