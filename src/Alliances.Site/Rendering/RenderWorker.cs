using System.Globalization;
using System.Text;
using Alliances.Site.Body;
using Alliances.Site.Incremental;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Search;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// One render worker's state, reused for every page it builds: its Scriban context (with the page
/// buffers), the buffers an essay's body is built in, and the search scratch.
/// </summary>
internal sealed class RenderWorker : IDisposable
{
    private readonly StringBuilder _body = new(32 * 1024);
    private readonly StringBuilder _url = new(256);
    private readonly HtmlRenderer _urls;
    private readonly Utf8Buffer _urlUtf8 = new();
    private byte[] _utf8 = new byte[64 * 1024];

    public RenderWorker(MarkdownPipeline pipeline)
    {
        // Writes each link's URL exactly as Markdig's link renderer would have.
        _urls = new HtmlRenderer(new StringWriter(_url, CultureInfo.InvariantCulture));
        pipeline.Setup(_urls);
    }

    public HtmlTemplateContext Context { get; } = SiteRenderer.CreateContext();

    public SearchScratch Search { get; } = new();

    /// <summary>Writes page keys for a preview's page cache (made on first use: a one-off build has no cache).</summary>
    public PageKeyWriter Keys => field ??= new();

    /// <summary>Lists and compares a page's model inputs for the preview's page cache.</summary>
    public ModelInputs Inputs => field ??= new();

    /// <summary>The essay's body as HTML, in this worker's buffer: valid until the worker renders the next one.</summary>
    public RawHtml Body(MarkdownDocument document, MarkdownPipeline pipeline) => MarkdownHtml.RenderInto(_body, document, pipeline);

    /// <summary>
    /// As <see cref="Body(MarkdownDocument, MarkdownPipeline)"/>, from HTML made at load, with the link
    /// phase's URLs put in its slots: UTF-8 in this worker's buffer, which the page's bytes take as it is.
    /// </summary>
    public RawHtml Body(PreparedBody prepared, MarkdownContent content)
    {
        var html = prepared.Html.Span;
        var length = 0;
        var from = 0;
        for (var i = 0; i < prepared.SlotOffsets.Length; i++)
        {
            var at = prepared.SlotOffsets[i];
            length = Append(html[from..at], length);
            _url.Clear();
            _urls.WriteEscapeUrl(Url(content, prepared.SlotLinks[i]));
            length = Append(_urlUtf8.Encode(_url), length);
            from = at;
        }

        length = Append(html[from..], length);
        return RawHtml.BorrowingUtf8(_utf8.AsMemory(0, length));
    }

    public void Dispose() => Search.Dispose();

    /// <summary>The link's URL as the link phase decided it (as written, if the body was never linked).</summary>
    private static string Url(MarkdownContent content, int link) =>
        content.LinkUrls.Count == 0 ? content.Links[link].Url
        : content.LinkUrls[link] ?? throw new InvalidOperationException("a link of a body rendered at load was removed; only a body parsed again can lose a link");

    /// <summary>Copies the bytes after the body's first <paramref name="length"/>, growing the buffer as needed.</summary>
    private int Append(ReadOnlySpan<byte> utf8, int length)
    {
        if (_utf8.Length < length + utf8.Length)
        {
            Array.Resize(ref _utf8, Math.Max(length + utf8.Length, _utf8.Length * 2));
        }

        utf8.CopyTo(_utf8.AsSpan(length));
        return length + utf8.Length;
    }
}
