using System.Text;
using Alliances.Site.Body;
using Alliances.Site.Localization;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Scratch;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Rendering;

/// <summary>
/// Renders each essay's body, and counts its search terms, during the load phase (from any thread),
/// while the tree its parse made is still alive. A one-off build used to keep the text and parse it
/// again to render; that second parse was a tenth of the build's work at 10,000 essays.
/// </summary>
/// <remarks>
/// Links are resolved only after every essay is loaded, so each link's URL is left out of the HTML
/// and its place recorded: Markdig asks <see cref="LinkInline.GetDynamicUrl"/> for the URL just after
/// writing <c>href="</c> (or <c>src="</c>), which is where the slot is.
/// </remarks>
public sealed class BodyPrerenderer(MarkdownPipeline pipeline)
{
    /// <summary>The interface strings a body's own words (notes, table regions) are taken from; English without them.</summary>
    /// <remarks>A preview sets it again when the templates are read again (see <c>ContentCache.UseLabels</c>).</remarks>
    public InterfaceStrings? Strings { get; set; }

    /// <summary>The language of essays without `lang`: set from site.yml before any essay is read.</summary>
    internal string SiteLanguage { get; set; } = InterfaceStrings.Reference;

    /// <summary>Numbers the search terms of every prerendered body; the search index is ranked with it.</summary>
    internal SearchTermTable Table { get; } = new();

    /// <summary>
    /// The body rendered with a slot per link, and its search document; null when it must be parsed
    /// again to render: the link phase will remove a link that could run script, which changes the
    /// HTML around it, not only a URL.
    /// </summary>
    /// <param name="document">The essay's tree as its parse left it (title lifted, anchors assigned); its links are changed.</param>
    internal PrerenderedBody? Render(Essay essay, MarkdownDocument document)
    {
        var scratch = ThreadScratch<Scratch>.Rent();
        try
        {
            return Render(essay, document, scratch);
        }
        finally
        {
            ThreadScratch<Scratch>.Return(scratch);
        }
    }

    private PrerenderedBody? Render(Essay essay, MarkdownDocument document, Scratch scratch)
    {
        var slots = scratch.Slots;
        slots.Clear();
        var html = scratch.Html;
        html.Clear();
        if (essay.Body.Links.Any(UrlSafety.RunsScript) || !AddSlots(document, slots, html))
        {
            return null;
        }

        if (Strings is not null)
        {
            Strings.For(essay.LanguageOr(SiteLanguage)).BodyLabels.AttachTo(document);
        }

        MarkdownHtml.WriteInto(html, document, pipeline);
        var (utf8, offsets) = Encode(html, slots, scratch);

        var terms = scratch.Search.Document(essay, document, Table, out var json, scratch.Ints);
        return new PrerenderedBody(utf8, offsets, [.. slots.Select(s => s.Link)], scratch.Bytes.Copy(json), terms, Table);
    }

    /// <summary>
    /// Has each link record its slot, with its id (<see cref="LinkIds.Of"/>), when written;
    /// false when a link already computes its URL.
    /// </summary>
    private static bool AddSlots(MarkdownDocument document, List<(int At, int Link)> slots, StringBuilder html)
    {
        foreach (var inline in TreeWalk.Below(document))
        {
            switch (inline)
            {
                case LinkInline { GetDynamicUrl: not null }:
                    return false;
                case LinkInline image when image.GetData(Images.ImageUse.Key) is not null:
                    break; // its URL was final at load: written as it is, no slot
                case LinkInline link:
                    var id = LinkIds.Of(link);
                    link.GetDynamicUrl = () =>
                    {
                        slots.Add((html.Length, id));
                        return string.Empty;
                    };
                    break;
            }
        }

        return true;
    }

    /// <summary>The HTML as UTF-8, and each slot's offset in it.</summary>
    private static (ReadOnlyMemory<byte> Utf8, int[] Offsets) Encode(StringBuilder html, List<(int At, int Link)> slots, Scratch scratch)
    {
        var chars = scratch.Chars(html.Length);
        html.CopyTo(0, chars, html.Length);
        var text = chars[..html.Length];

        // A slot follows `href="`, never inside a surrogate pair: the parts can be counted one by one.
        var offsets = new int[slots.Count];
        var bytes = 0;
        var from = 0;
        for (var i = 0; i < slots.Count; i++)
        {
            bytes += Encoding.UTF8.GetByteCount(text[from..slots[i].At]);
            offsets[i] = bytes;
            from = slots[i].At;
        }

        var utf8 = scratch.Bytes.Allocate(bytes + Encoding.UTF8.GetByteCount(text[from..]));
        Encoding.UTF8.GetBytes(text, utf8.Span);
        return (utf8, offsets);
    }

    private sealed class Scratch
    {
        private char[] _chars = new char[32 * 1024];

        public StringBuilder Html { get; } = new(32 * 1024);

        public List<(int At, int Link)> Slots { get; } = [];

        public SearchScratch Search { get; } = new();

        /// <summary>Where bodies and search files are kept until the build ends (a slice outlives the scratch: the chunks are the bodies').</summary>
        public ChunkArena<byte> Bytes { get; } = new();

        /// <summary>Where term counts are kept until the build ends.</summary>
        public ChunkArena<int> Ints { get; } = new();

        public Span<char> Chars(int length)
        {
            if (_chars.Length < length)
            {
                _chars = new char[length];
            }

            return _chars;
        }
    }
}
