using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Markdown.Attributes;

/// <summary>
/// Lets an editor mark a block's or a phrase's language and direction, `{lang=ar dir=rtl}`, as
/// Markdig's generic attributes do, and nothing else (<see cref="LanguageAttributes"/>). Headings
/// take them at the end of their line (`## العنوان {lang=ar}`), as Markdig's extension reads them.
/// Register last, like Markdig's own: it plugs into the block parsers registered before it.
/// </summary>
public sealed class LanguageAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LanguageAttributesParser>())
        {
            pipeline.InlineParsers.Insert(0, new LanguageAttributesParser());
        }

        foreach (var parser in pipeline.BlockParsers)
        {
            if (parser is IAttributesParseable parseable)
            {
                parseable.TryParseAttributes = AtEndOfLine;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>A `{…}` at the end of a heading's line (or a fence's info string): cut from its text, checked, attached.</summary>
    private static bool AtEndOfLine(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var at = line.Start < line.End ? line.IndexOf('{') : -1;
        if (at < 0)
        {
            return false;
        }

        var copy = line;
        copy.Start = at;
        if (!GenericAttributesParser.TryParse(ref copy, out var parsed))
        {
            return false;
        }

        var allowed = LanguageAttributes.Allowed(parsed, processor.Document, processor.LineIndex, at - processor.CurrentLineStartPosition);
        allowed.CopyTo(((Block)block).GetAttributes(), mergeIdAndProperties: true, shared: false);
        line.End = at - 1;
        line.TrimEnd();
        return true;
    }
}
