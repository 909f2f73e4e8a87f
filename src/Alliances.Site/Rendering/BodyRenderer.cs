using System.Globalization;
using System.Text;
using Alliances.Site.Body;
using Alliances.Site.Markdown;
using Alliances.Site.Rendering.Search;
using Markdig;
using Markdig.Renderers;

namespace Alliances.Site.Rendering;

/// <summary>
/// Renders a body to HTML whatever form it is held in (<see cref="BodyForm"/>): the one place that
/// asks. An essay's body, a topic's intro and the home page's intro all come here, through the render
/// worker that owns this renderer and its buffers.
/// </summary>
/// <remarks>
/// The HTML is written into this renderer's buffers and lent out (<see cref="HtmlLender"/>): it is
/// valid until the renderer's next body, and reading it later throws.
/// </remarks>
internal sealed class BodyRenderer : IDisposable
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlLender _lender = new();
    private readonly StringBuilder _text = new(32 * 1024);
    private readonly StringBuilder _url = new(256);
    private readonly HtmlRenderer _urls;
    private readonly Utf8Buffer _urlUtf8 = new();
    private readonly SearchScratch _search = new();
    private byte[] _utf8 = new byte[64 * 1024];

    public BodyRenderer(MarkdownPipeline pipeline)
    {
        _pipeline = pipeline;

        // Writes each link's URL exactly as Markdig's link renderer would have.
        _urls = new HtmlRenderer(new StringWriter(_url, CultureInfo.InvariantCulture));
        pipeline.Setup(_urls);
    }

    /// <summary>
    /// The body's HTML, borrowed from this renderer until its next body, and an essay's search
    /// document collected on the way. A body rendered at load only has the link phase's URLs put in
    /// its slots; any other is rendered from its tree (kept, or parsed again from its text).
    /// </summary>
    /// <param name="labels">The words of the body's own parts (notes, table regions) in its page's language; a body rendered at load has them already.</param>
    /// <param name="search">Where an essay's search document goes; null for an intro.</param>
    /// <param name="html">False when only the search document is wanted (a preview's unchanged page): no HTML is made.</param>
    public RawHtml? Render(MarkdownContent body, BodyLabels labels, SearchEntry? search = null, bool html = true)
    {
        _lender.Reuse();
        if (body.Prerendered is { } prerendered)
        {
            search?.Add(prerendered);
            return html ? FillUrls(prerendered, body) : null;
        }

        var document = body.OpenDocument(_pipeline);
        labels.AttachTo(document);
        search?.Add(document, _search);
        if (!html)
        {
            return null;
        }

        MarkdownHtml.WriteInto(_text, document, _pipeline);
        return RawHtml.Borrowing(_text, _lender);
    }

    public void Dispose() => _search.Dispose();

    /// <summary>The HTML made at load with the link phase's URLs put in its slots, as UTF-8, which the page's bytes take as it is.</summary>
    private RawHtml FillUrls(PrerenderedBody prerendered, MarkdownContent body)
    {
        var html = prerendered.Html.Span;
        var length = 0;
        var from = 0;
        for (var i = 0; i < prerendered.UrlOffsets.Length; i++)
        {
            var at = prerendered.UrlOffsets[i];
            length = Append(html[from..at], length);
            _url.Clear();
            _urls.WriteEscapeUrl(Url(body, prerendered.UrlLinks[i]));
            length = Append(_urlUtf8.Encode(_url), length);
            from = at;
        }

        length = Append(html[from..], length);
        return RawHtml.BorrowingUtf8(_utf8.AsMemory(0, length), _lender);
    }

    /// <summary>The link's URL as the link phase decided it (as written, if the body was never linked).</summary>
    private static string Url(MarkdownContent body, int link) =>
        body.LinkUrls.Count == 0 ? body.Links[link].Url
        : body.LinkUrls[link] ?? throw new InvalidOperationException("a link of a body rendered at load was removed; only a body parsed again can lose a link");

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
