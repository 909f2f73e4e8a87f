using System.Globalization;
using System.Text;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Search;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// One render worker's state, reused for every page it builds: its Scriban context (with the page
/// buffers), the buffer an essay's body is rendered into, and the search scratch.
/// </summary>
internal sealed class RenderWorker : IDisposable
{
    private readonly StringBuilder _body = new(32 * 1024);
    private readonly HtmlRenderer _urls;
    private char[] _chars = new char[32 * 1024];

    public RenderWorker(MarkdownPipeline pipeline)
    {
        // Writes each link's URL into the body exactly as Markdig's link renderer would have.
        _urls = new HtmlRenderer(new StringWriter(_body, CultureInfo.InvariantCulture));
        pipeline.Setup(_urls);
    }

    public HtmlTemplateContext Context { get; } = SiteRenderer.CreateContext();

    public SearchScratch Search { get; } = new();

    /// <summary>The essay's body as HTML, in this worker's buffer: valid until the worker renders the next one.</summary>
    public RawHtml Body(MarkdownDocument document, MarkdownPipeline pipeline) => MarkdownHtml.RenderInto(_body, document, pipeline);

    /// <summary>As <see cref="Body(MarkdownDocument, MarkdownPipeline)"/>, from HTML made at load, with the link phase's URLs put in its slots.</summary>
    public RawHtml Body(PreparedBody prepared, MarkdownContent content)
    {
        _body.Clear();
        var html = prepared.Html.Span;
        var from = 0;
        for (var i = 0; i < prepared.SlotOffsets.Length; i++)
        {
            var at = prepared.SlotOffsets[i];
            AppendUtf8(html[from..at]);
            _urls.WriteEscapeUrl(Url(content, prepared.SlotLinks[i]));
            from = at;
        }

        AppendUtf8(html[from..]);
        return RawHtml.Borrowing(_body);
    }

    public void Dispose() => Search.Dispose();

    /// <summary>The link's URL as the link phase decided it (as written, if the body was never linked).</summary>
    private static string Url(MarkdownContent content, int link) =>
        content.LinkUrls.Count == 0 ? content.Links[link].Url
        : content.LinkUrls[link] ?? throw new InvalidOperationException("a link of a body rendered at load was removed; only a body parsed again can lose a link");

    private void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[utf8.Length];
        }

        _body.Append(_chars, 0, Encoding.UTF8.GetChars(utf8, _chars));
    }
}
