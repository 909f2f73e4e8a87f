using Alliances.Site.Incremental;
using Alliances.Site.Rendering.Pages;
using Markdig;

namespace Alliances.Site.Rendering;

/// <summary>
/// One render worker's state, reused for every page it builds: its Scriban context (with the page
/// buffers) and the renderer of the page's body (with the body buffers and the search scratch).
/// </summary>
internal sealed class RenderWorker(MarkdownPipeline pipeline) : IDisposable
{
    public HtmlTemplateContext Context { get; } = SiteRenderer.CreateContext();

    /// <summary>Renders the page's body (an essay's, or a topic's or the home page's intro): valid until the worker's next page.</summary>
    public BodyRenderer Bodies { get; } = new(pipeline);

    /// <summary>Writes page keys for a preview's page cache (made on first use: a one-off build has no cache).</summary>
    public PageKeyWriter Keys => field ??= new();

    /// <summary>Lists and compares a page's model inputs for the preview's page cache.</summary>
    public ModelInputs Inputs => field ??= new();

    public void Dispose() => Bodies.Dispose();
}
