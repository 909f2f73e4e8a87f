using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Attributes;

/// <summary>
/// Markdig's `{…}` attribute syntax (<see cref="GenericAttributesParser.TryParse"/>), attached as
/// Markdig attaches it (to the inline just before it, to the block it ends, or, alone on a line, to
/// the block after it), but only what <see cref="LanguageAttributes.Allowed"/> lets through.
/// </summary>
public sealed class LanguageAttributesParser : InlineParser
{
    public LanguageAttributesParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!GenericAttributesParser.TryParse(ref slice, out var parsed))
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        var allowed = LanguageAttributes.Allowed(parsed, processor.Document, line, column);

        var inline = processor.Inline;
        if (inline is LiteralInline)
        {
            // Text before the braces: the attributes belong to what holds the text.
            do
            {
                inline = inline.Parent;
            }
            while (inline is DelimiterInline);
        }

        var target = inline is null || inline == processor.Root ? (MarkdownObject)processor.Block! : inline;
        if (target is ParagraphBlock paragraph && paragraph.Inline?.FirstChild is null && processor.Inline is null
            && slice.IsEmptyOrWhitespace() && paragraph.Parent is { } parent && parent.IndexOf(paragraph) + 1 < parent.Count)
        {
            // Alone on its line before a block: the attributes are that block's, and the empty paragraph
            // goes once inlines are parsed, as Markdig's own extension does it. Removed now, it would shift
            // the block after it under Markdig's walk, which then never parses that block's inlines: a
            // marked list or quote came out with its text gone.
            target = parent[parent.IndexOf(paragraph) + 1];
            paragraph.RemoveAfterProcessInlines = true;
        }

        if (target is ParagraphBlock { Parent: ListItemBlock or Markdig.Extensions.Tables.TableCell } first && first.Parent.IndexOf(first) == 0)
        {
            // A tight list item's or a table cell's paragraph is written without its <p>, and would
            // lose them: they mark the item or the cell.
            target = first.Parent;
        }

        if (processor.Inline is LiteralInline before && target is Block)
        {
            before.Content.TrimEnd();
        }

        allowed.CopyTo(target.GetAttributes(), mergeIdAndProperties: true, shared: false);
        return true;
    }
}
