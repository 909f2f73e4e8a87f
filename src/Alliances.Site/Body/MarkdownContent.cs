using Alliances.Site.Images;
using Markdig.Syntax;

namespace Alliances.Site.Body;

/// <summary>
/// A parsed Markdown body: the facts later stages need (anchors, links, words) and the body itself
/// in one of the forms <see cref="BodyForm"/> names (<see cref="Form"/>): its syntax tree, which
/// only rendering needs; the body already rendered at load (<see cref="Prerendered"/>); or the text to
/// parse again when it is rendered (<see cref="ReparseFrom"/>). A one-off build keeps no essay's tree:
/// 10,000 trees held from load to render cost the garbage collector more than parsing each body twice.
/// </summary>
/// <remarks>
/// It holds the body and the rules about its state; the work on a syntax tree (parsing, opening the
/// tree again, applying the link phase's decisions to it) is done by <c>Markdown/</c>, which refers
/// to this folder and not the other way round (<c>MarkdownParser.OpenDocument</c>,
/// <c>ResolvedLinks.ResolveLinks</c>).
/// </remarks>
public sealed class MarkdownContent
{
    private readonly bool _tooDeep;
    private readonly bool _liftsTitle;
    private MarkdownDocument? _document;

    /// <param name="tooDeep">The text nests too deeply to render safely and <paramref name="document"/> stands for it empty.</param>
    /// <param name="liftsTitle">The parse took a leading `# Title` out of the tree (an essay's body).</param>
    public MarkdownContent(
        MarkdownDocument document,
        IReadOnlyList<Heading> headings,
        IReadOnlyList<Passage> passages,
        int wordCount,
        IReadOnlyList<MarkdownLink> links,
        bool tooDeep = false,
        bool liftsTitle = false,
        IReadOnlyList<ImageUse>? images = null)
    {
        Images = images ?? [];
        _document = document;
        _tooDeep = tooDeep;
        _liftsTitle = liftsTitle;
        Headings = headings;
        Passages = passages;
        WordCount = wordCount;
        Links = links;
        IsEmpty = document.Count == 0;
    }

    /// <summary>The form the body is held in; it changes once, from <see cref="BodyForm.Tree"/>, when the tree is let go (<see cref="ReleaseTree"/>).</summary>
    public BodyForm Form => _document is not null ? BodyForm.Tree : Prerendered is not null ? BodyForm.Prerendered : BodyForm.Text;

    /// <summary>The text the tree is parsed from again, in <see cref="BodyForm.Text"/>.</summary>
    public BodyText? ReparseFrom { get; private set; }

    /// <summary>The body rendered at load, with its search document, in <see cref="BodyForm.Prerendered"/>.</summary>
    internal PrerenderedBody? Prerendered { get; private set; }

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public int WordCount { get; }

    /// <summary>The text nests too deeply to render safely (reported as ALL205) and the body stands empty for it.</summary>
    public bool IsTooDeep => _tooDeep;

    /// <summary>Whether the body has no blocks (once its title is lifted out).</summary>
    public bool IsEmpty { get; }

    /// <summary>Every link and autolink of the body, in tree order, as the link phase reads them.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>The body's images of the site's own, checked at load, in tree order (see <see cref="EssayImages"/>).</summary>
    public IReadOnlyList<ImageUse> Images { get; }

    /// <summary>What the link phase decided for each of <see cref="Links"/>, by its id: its URL, or null to remove it; empty until then.</summary>
    public IReadOnlyList<string?> LinkUrls { get; private set; } = [];

    /// <summary>Whether the syntax tree is kept (<see cref="BodyForm.Tree"/>).</summary>
    public bool HoldsDocument => Form == BodyForm.Tree;

    /// <summary>The syntax tree, in <see cref="BodyForm.Tree"/>: as load left it, with the link phase's decisions applied.</summary>
    internal MarkdownDocument? KeptTree => _document;

    /// <summary>
    /// Lets the syntax tree go. The body is then rendered from <paramref name="prerendered"/>, or, without
    /// it, parsed again from <paramref name="text"/>, the text it was parsed from.
    /// </summary>
    internal void ReleaseTree(string text, PrerenderedBody? prerendered)
    {
        if (_document is null)
        {
            throw new InvalidOperationException("the tree was released already");
        }

        _document = null;
        Prerendered = prerendered;
        ReparseFrom = prerendered is null ? new BodyText(text, _tooDeep, _liftsTitle) : null;
    }

    /// <summary>Keeps the link phase's decisions; true when they are new, and must then be applied to a kept tree.</summary>
    /// <param name="urls">One per link of <see cref="Links"/>: its URL, or null to remove it.</param>
    internal bool KeepLinkUrls(IReadOnlyList<string?> urls)
    {
        if (urls.Count != Links.Count)
        {
            throw new ArgumentException($"{urls.Count} URLs for {Links.Count} links", nameof(urls));
        }

        // The same decisions again (a preview relinking a page whose targets changed elsewhere) keep
        // the list the body was rendered with, so nothing downstream sees a change.
        if (LinkUrls.Count == urls.Count && LinkUrls.SequenceEqual(urls, StringComparer.Ordinal))
        {
            return false;
        }

        if (_document is not null && LinkUrls.Count > 0)
        {
            throw new InvalidOperationException("a kept tree's links were resolved already; parse it again to resolve them differently");
        }

        LinkUrls = urls;
        return true;
    }

    /// <summary>
    /// Whether the body has this anchor. A body refused as too deep (ALL205) has anchors no one can
    /// know, so every anchor counts as present: one error for the mistake, not one per link to it.
    /// </summary>
    public bool HasAnchor(string id) =>
        _tooDeep || Headings.Any(h => h.Id == id) || Passages.Any(p => p.Id == id);

    public IEnumerable<string> AnchorIds => Headings.Select(h => h.Id).Concat(Passages.Select(p => p.Id)).Distinct();
}
