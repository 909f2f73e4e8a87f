using Alliances.Site.Images;
using Alliances.Site.Markdown.Anchors;
using Alliances.Site.Markdown.Attributes;
using Alliances.Site.Markdown.Direction;
using Alliances.Site.Markdown.Footnotes;
using Alliances.Site.Markdown.Safety;
using Alliances.Site.Markdown.Tables;
using Markdig;

namespace Alliances.Site.Markdown;

/// <summary>The one Markdig pipeline of a build. It is immutable and shared by every thread.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .Use<LabelledFootnotesExtension>()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .Use<HeadingAnchorExtension>()
            .Use<ScrollableTableExtension>()
            .Use<ImageExtension>()
            .Use<TextDirectionExtension>()
            // Raw HTML from untrusted essays is parsed, so it can be reported with its line, and
            // always rendered as escaped text, never passed through.
            .Use<RawHtmlAsTextExtension>()

            // Last, as Markdig's generic attributes: it plugs into the heading and fence parsers above.
            .Use<LanguageAttributesExtension>()
            .Build();
}
