using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Markdig;
using Markdig.Syntax;

namespace Alliances.Site.Model;

/// <summary>
/// A parsed Markdown body: the facts later stages need (anchors, links, words) and either its syntax
/// tree, which only rendering needs, or the text to parse again when it is rendered. A one-off build
/// keeps the text of its essays, not their trees: 10,000 trees held from load to render cost the
/// garbage collector more than parsing each body twice.
/// </summary>
public sealed class MarkdownContent
{
    private readonly MarkdownDocument? _document;

    /// <param name="reparseFrom">When given, the tree is not kept: <see cref="OpenDocument"/> parses this text again.</param>
    public MarkdownContent(
        MarkdownDocument document,
        IReadOnlyList<Heading> headings,
        IReadOnlyList<Passage> passages,
        int wordCount,
        IReadOnlyList<MarkdownLink> links,
        ParsedText? reparseFrom = null)
    {
        _document = reparseFrom is null ? document : null;
        ReparseFrom = reparseFrom;
        Headings = headings;
        Passages = passages;
        WordCount = wordCount;
        Links = links;
        IsEmpty = document.Count == 0;
    }

    /// <summary>The text the tree is parsed from again, when it is not kept.</summary>
    public ParsedText? ReparseFrom { get; }

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public int WordCount { get; }

    /// <summary>Whether the body has no blocks (once its title is lifted out).</summary>
    public bool IsEmpty { get; }

    /// <summary>Every link and autolink of the body, in tree order, as the link phase reads them.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>What the link phase decided for each of <see cref="Links"/> (see <see cref="ResolvedLinks.Apply"/>); empty until then.</summary>
    public IReadOnlyList<string?> LinkUrls { get; private set; } = [];

    /// <summary>Whether the syntax tree is kept (a one-off build keeps its essays' text instead).</summary>
    public bool HoldsDocument => _document is not null;

    /// <summary>
    /// The syntax tree as load and link left it: the one kept, or a new one parsed from the text
    /// (title lifted, anchors assigned, links resolved), which the caller uses and drops. Without a
    /// kept tree each call parses again: call it once per use.
    /// </summary>
    public MarkdownDocument OpenDocument(MarkdownPipeline pipeline) => _document ?? MarkdownParser.Reparse(this, pipeline);

    /// <summary>Keeps the link phase's decisions, and applies them to the tree if it is kept.</summary>
    /// <param name="urls">One per link of <see cref="Links"/>: its URL, or null to remove it.</param>
    public void ResolveLinks(IReadOnlyList<string?> urls)
    {
        if (urls.Count != Links.Count)
        {
            throw new ArgumentException($"{urls.Count} URLs for {Links.Count} links", nameof(urls));
        }

        LinkUrls = urls;
        if (_document is not null)
        {
            ResolvedLinks.Apply(_document, urls);
        }
    }

    public bool HasAnchor(string id) =>
        Headings.Any(h => h.Id == id) || Passages.Any(p => p.Id == id);

    public IEnumerable<string> AnchorIds => Headings.Select(h => h.Id).Concat(Passages.Select(p => p.Id)).Distinct();
}
