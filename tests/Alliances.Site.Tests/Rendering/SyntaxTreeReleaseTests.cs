using Alliances.Site.Body;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Rendering;

/// <summary>A one-off build lets each essay's syntax tree go once it is loaded, and parses the text again to render it.</summary>
public class SyntaxTreeReleaseTests
{
    private const string Essay = """
        ---
        title: Released
        date: 2024-05-01
        summary: An essay.
        topics: [intelligence]
        ---

        ## Section

        Text with a [link](#section).
        """;

    [Fact]
    public void Rendering_twice_gives_the_same_pages()
    {
        using var site = TempSite.WithFiles(("content/essays/released.md", Essay));
        var options = site.Options();
        var diagnostics = new Alliances.Site.Diagnostics.DiagnosticBag();
        var pipeline = Alliances.Site.Markdown.MarkdownPipelineFactory.Create();
        var linked = Alliances.Site.Linking.SiteLinker.Link(Alliances.Site.Loading.ContentLoader.Load(options, pipeline, diagnostics), options, diagnostics)!;
        var renderer = new Alliances.Site.Rendering.SiteRenderer(
            Alliances.Site.Rendering.TemplateSet.Load(options.TemplatesDirectory, diagnostics)!,
            Alliances.Site.Rendering.AssetSet.Load(options.TemplatesDirectory, diagnostics), pipeline);

        var first = new Alliances.Site.Output.MemorySink();
        var second = new Alliances.Site.Output.MemorySink();
        renderer.Render(linked, diagnostics, 1, first);
        renderer.Render(linked, diagnostics, 1, second);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(first.Files().Select(f => (f.Path, Convert.ToHexString(f.Content))), second.Files().Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.False(Assert.Single(linked.Essays).Essay.Body.HoldsDocument);
    }

    [Fact]
    public void A_full_build_holds_no_essay_tree_and_renders_its_resolved_links()
    {
        using var site = TempSite.WithFiles(("content/essays/released.md", Essay));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var body = Assert.Single(result.Site!.Essays).Essay.Body;
        Assert.False(body.HoldsDocument);
        Assert.Equal("section", Assert.Single(body.Headings).Id);
        Assert.Contains("<a href=\"#section\">link</a>", site.ReadOutput("essays/released/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Plain\n\nText.\n")]
    [InlineData("Greek αβγ, Arabic تحالف, emoji 🤝.\n")]
    [InlineData("A lone surrogate \uD800 stays.\n")]
    public void The_parsed_text_is_kept_exactly(string text)
    {
        Assert.Equal(text, new BodyText(text, tooDeep: false, liftsTitle: false).Text);
    }
}
