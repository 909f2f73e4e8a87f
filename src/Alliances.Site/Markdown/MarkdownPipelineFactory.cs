using Alliances.Site.Markdown.Anchors;
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
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .Use<HeadingAnchorExtension>()
            .Use<ScrollableTableExtension>()
            // Raw HTML from untrusted essays is shown as text, never passed through.
            .DisableHtml()
            .Build();
}
