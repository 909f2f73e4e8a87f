using System.Text;
using Alliances.Site.Rendering.Search;
using Markdig;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// One render worker's state, reused for every page it builds: its Scriban context (with the page
/// buffers), the buffer an essay's body is rendered into, and the search scratch.
/// </summary>
internal sealed class RenderWorker : IDisposable
{
    private readonly StringBuilder _body = new(32 * 1024);

    public HtmlTemplateContext Context { get; } = SiteRenderer.CreateContext();

    public SearchScratch Search { get; } = new();

    /// <summary>The essay's body as HTML, in this worker's buffer: valid until the worker renders the next one.</summary>
    public RawHtml Body(MarkdownDocument document, MarkdownPipeline pipeline) => MarkdownHtml.RenderInto(_body, document, pipeline);

    public void Dispose() => Search.Dispose();
}
