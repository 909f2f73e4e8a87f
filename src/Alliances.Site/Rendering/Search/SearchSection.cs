using System.Text;
using Alliances.Site.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// A part of an essay a search result can link straight into: the text under one heading (or the
/// opening text before the first heading, with an empty anchor).
/// </summary>
public sealed record SearchSection(string Anchor, string Heading, string Text)
{
    /// <summary>The essay's sections in reading order; empty sections are left out.</summary>
    public static IReadOnlyList<SearchSection> Of(MarkdownDocument document)
    {
        var sections = new List<SearchSection>();
        var anchor = string.Empty;
        var heading = string.Empty;
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: >= 2 } h)
            {
                Flush();
                anchor = h.GetAttributes().Id ?? string.Empty;
                heading = InlineText.Of(h);
                continue;
            }

            if (block is HeadingBlock or CodeBlock)
            {
                continue;
            }

            var line = InlineText.Of(block);
            if (line.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(line);
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
