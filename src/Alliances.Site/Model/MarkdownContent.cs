using Markdig.Syntax;

namespace Alliances.Site.Model;

/// <summary>A parsed Markdown body with its anchors and the facts later stages need.</summary>
public sealed record MarkdownContent(
    MarkdownDocument Document,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Passage> Passages,
    int WordCount)
{
    public bool HasAnchor(string id) =>
        Headings.Any(h => h.Id == id) || Passages.Any(p => p.Id == id);

    public IEnumerable<string> AnchorIds => Headings.Select(h => h.Id).Concat(Passages.Select(p => p.Id)).Distinct();
}
