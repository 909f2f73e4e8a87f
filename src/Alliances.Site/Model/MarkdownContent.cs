using Markdig.Syntax;

namespace Alliances.Site.Model;

/// <summary>A parsed Markdown body with its anchors and the facts later stages need.</summary>
public sealed record MarkdownContent(
    MarkdownDocument Document,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Passage> Passages,
    int WordCount)
{
    private MarkdownDocument? _document = Document;

    /// <summary>The syntax tree; gone once a one-off build has rendered it (see <see cref="ReleaseDocument"/>).</summary>
    public MarkdownDocument Document
    {
        get => _document ?? throw new InvalidOperationException("the essay's syntax tree was released after its body was rendered");
        init => _document = value;
    }

    /// <summary>Lets the syntax tree go: a big build need not hold 10,000 of them while it builds pages.</summary>
    public void ReleaseDocument() => _document = null;

    public bool HasAnchor(string id) =>
        Headings.Any(h => h.Id == id) || Passages.Any(p => p.Id == id);

    public IEnumerable<string> AnchorIds => Headings.Select(h => h.Id).Concat(Passages.Select(p => p.Id)).Distinct();
}
