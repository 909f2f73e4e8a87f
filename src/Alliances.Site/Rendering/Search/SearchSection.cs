using System.Text;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// A part of an essay a search result can link straight into: the text under a heading or after a
/// bold lead-in (a passage), up to the next one; the opening text has an empty anchor.
/// </summary>
public sealed record SearchSection(string Anchor, string Heading, string Text)
{
    /// <summary>The essay's sections in reading order; empty sections are left out.</summary>
    /// <param name="passages">The essay's passages, whose titles head the sections their lead-ins open.</param>
    /// <param name="text">A scratch buffer (cleared first), so a worker reuses one for every essay.</param>
    public static IReadOnlyList<SearchSection> Of(MarkdownDocument document, IReadOnlyList<Passage> passages, StringBuilder text)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            titles.TryAdd(passage.Id, passage.Title);
        }

        var sections = new List<SearchSection>();
        var anchor = string.Empty;
        var heading = string.Empty;
        text.Clear();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: >= 2 } h)
            {
                Flush();
                anchor = h.TryGetAttributes()?.Id ?? string.Empty;
                heading = InlineText.Of(h);
                continue;
            }

            if (block is HeadingBlock or CodeBlock)
            {
                continue;
            }

            // A lead-in passage carries its id on the paragraph, or on the list item it opens.
            var leadIn = block.TryGetAttributes()?.Id
                ?? (block.Parent is ListItemBlock item && item.FirstOrDefault() == block ? item.TryGetAttributes()?.Id : null);
            if (leadIn is not null && titles.TryGetValue(leadIn, out var title))
            {
                Flush();
                anchor = leadIn;
                heading = title;
            }

            // Blocks are joined by one space; a block with no text adds nothing.
            var before = text.Length;
            if (before > 0)
            {
                text.Append(' ');
            }

            var start = text.Length;
            InlineText.AppendTo(text, block.Inline);
            if (text.Length == start)
            {
                text.Length = before;
            }
        }

        Flush();
        return sections;

        void Flush()
        {
            if (text.Length > 0 || heading.Length > 0)
            {
                sections.Add(new SearchSection(anchor, heading, text.ToString()));
            }

            text.Clear();
        }
    }
}
