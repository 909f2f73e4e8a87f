using Alliances.Site.Body;
using Alliances.Site.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Anchors;

/// <summary>
/// Gives every section heading and every bold lead-in an id, unique within the page, and lists them
/// as the page's headings and passages.
/// </summary>
public static class AnchorAssigner
{
    /// <summary>Ids the templates use for their own landmarks; content anchors step around them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "main", "top", "toc", "content", "related", "search", "topics", "header", "footer", "search-q", "toc-label",
            "essay-topics-label", "related-label", "topic-essays-label", "related-topics-label", "home-topics-label",
            "home-essays-label", "notfound-topics-label", "search-page-q", "search-status", "search-results", "search-topics-label", "search-nojs",
            Footnotes.LabelledFootnoteGroupRenderer.HeadingId,
        };

    public static (IReadOnlyList<Heading> Headings, IReadOnlyList<Passage> Passages) Assign(MarkdownDocument document)
    {
        var used = new UsedIds();
        var headings = new List<Heading>();
        var passages = new List<Passage>();
        Visit(document, used, headings, passages);
        return (headings, passages);
    }

    /// <summary>
    /// The container's blocks in document order (each before its children), as Descendants() meets
    /// them; the inlines, which hold no blocks and are most of a tree, are not walked.
    /// </summary>
    private static void Visit(ContainerBlock container, UsedIds used, List<Heading> headings, List<Passage> passages)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock { Level: >= 2 } heading:
                    {
                        var title = InlineText.Of(heading);
                        var id = Unique(Slug.FromText(title), used, "section");
                        heading.GetAttributes().Id = id;
                        headings.Add(new Heading(id, title, heading.Level, heading.Line + 1));
                        passages.Add(new Passage(id, title, PassageKind.Section, heading.Line + 1));
                        break;
                    }

                case ListItemBlock item when item.FirstOrDefault() is ParagraphBlock first && LeadIn(first) is { } lead:
                    passages.Add(Mark(item, lead, used));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not ListItemBlock && LeadIn(paragraph) is { } lead:
                    passages.Add(Mark(paragraph, lead, used));
                    break;
            }

            if (block is ContainerBlock children)
            {
                Visit(children, used, headings, passages);
            }
        }
    }

    private static Passage Mark(Block block, string lead, UsedIds used)
    {
        var id = Unique(Slug.FromText(lead), used, "passage");
        block.GetAttributes().Id = id;
        return new Passage(id, lead, PassageKind.LeadIn, block.Line + 1);
    }

    /// <summary>The text of a leading <c>**bold**</c> run, without its trailing colon.</summary>
    private static string? LeadIn(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } strong)
        {
            return null;
        }

        var text = InlineText.Of(strong).TrimEnd().TrimEnd(':', '.').Trim();
        return text.Length is > 0 and <= 120 ? text : null;
    }

    private static string Unique(string slug, UsedIds used, string fallback) => used.Claim(slug.Length > 0 ? slug : fallback);

    /// <summary>
    /// The ids given so far. A repeated base gets the first free `base-n`, searched from where the
    /// last search for that base stopped: every smaller n was taken then and is taken still, since
    /// ids are only ever added. Searching from 1 each time made 40,000 equal headings take 49 s.
    /// </summary>
    private sealed class UsedIds
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

        public string Claim(string baseId)
        {
            if (!ReservedIds.Contains(baseId) && _ids.Add(baseId))
            {
                return baseId;
            }

            var n = _nextSuffix.GetValueOrDefault(baseId, 1);
            var id = $"{baseId}-{n}";
            while (ReservedIds.Contains(id) || !_ids.Add(id))
            {
                id = $"{baseId}-{++n}";
            }

            _nextSuffix[baseId] = n + 1;
            return id;
        }
    }
}
