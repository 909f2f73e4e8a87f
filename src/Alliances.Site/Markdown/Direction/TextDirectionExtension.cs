using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Markdown.Direction;

/// <summary>
/// Gives every block that holds text (paragraphs, headings, list items, quotes, table cells,
/// footnotes) `dir="auto"`, so the browser lays each one out by its own first strong letter: an
/// Arabic paragraph in an English essay runs right to left, its full stop on the left, with no markup
/// from the editor. Code stays as the page runs (code is written left to right).
/// </summary>
public sealed class TextDirectionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Mark;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Whether a block gets `dir="auto"`.</summary>
    public static bool HoldsText(Block block) =>
        block is ParagraphBlock or HeadingBlock or ListItemBlock or QuoteBlock or TableCell or Footnote;

    private static void Mark(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<Block>())
        {
            if (HoldsText(block))
            {
                block.GetAttributes().AddPropertyIfNotExist("dir", "auto");
            }
        }
    }
}
