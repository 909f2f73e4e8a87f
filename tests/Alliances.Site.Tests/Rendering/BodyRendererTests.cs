using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Markdig;

namespace Alliances.Site.Tests.Rendering;

/// <summary>
/// A render worker lends each page's body from its own buffers and writes them again for the next
/// page: HTML kept past that would show the next page's body, so reading it throws instead.
/// </summary>
public class BodyRendererTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Fact]
    public void Html_from_a_kept_tree_cannot_be_read_after_the_next_body()
    {
        using var bodies = new BodyRenderer(Pipeline);
        var first = bodies.Render(MarkdownParser.Parse("first", Pipeline), BodyLabels.English)!;
        Assert.Equal("<p dir=\"auto\">first</p>\n", first.Html);

        var second = bodies.Render(MarkdownParser.Parse("second", Pipeline), BodyLabels.English)!;

        Assert.Throws<InvalidOperationException>(() => first.Html);
        Assert.Equal("<p dir=\"auto\">second</p>\n", second.Html);
    }

    [Fact]
    public void Html_from_a_body_rendered_at_load_cannot_be_read_after_the_next_body()
    {
        using var bodies = new BodyRenderer(Pipeline);
        var first = bodies.Render(RenderedAtLoad("[first](https://example.org/1)"), BodyLabels.English)!;
        Assert.Equal("<p dir=\"auto\"><a href=\"https://example.org/1\">first</a></p>\n", first.Html);

        // Only the search document is wanted: no HTML is made, but the buffers are someone else's now.
        Assert.Null(bodies.Render(RenderedAtLoad("second"), BodyLabels.English, html: false));

        Assert.Throws<InvalidOperationException>(() => first.Html);
    }

    [Fact]
    public void Html_taken_as_text_before_the_next_body_is_kept()
    {
        using var bodies = new BodyRenderer(Pipeline);
        var kept = bodies.Render(RenderedAtLoad("first"), BodyLabels.English)!.Html;

        bodies.Render(RenderedAtLoad("second"), BodyLabels.English);

        Assert.Equal("<p dir=\"auto\">first</p>\n", kept);
    }

    /// <summary>An essay's body rendered at load, as a one-off build holds it.</summary>
    private static MarkdownContent RenderedAtLoad(string text)
    {
        var content = MarkdownParser.ParseEssay(text, Pipeline, "content/essays/x.md", new DiagnosticBag(), out _, out var tree);
        var essay = new Essay(new ContentFile("essays/x.md", "content/essays/x.md", string.Empty), "x", "X", new DateOnly(2024, 5, 1), null, "S.", [], [], false, [], content);
        content.ReleaseTree(text, new BodyPrerenderer(Pipeline).Render(essay, tree));
        Assert.Equal(BodyForm.Prerendered, content.Form);
        return content;
    }
}
