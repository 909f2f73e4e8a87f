using System.Text.RegularExpressions;
using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Tests.Linking;

/// <summary>
/// Each link gets its id once, when the body is parsed; the walks after (the link phase's decisions
/// applied to a kept tree or to a tree parsed again, the slots of a body rendered at load) find each
/// link's URL by that id. Every link here gets a URL of its own, so a walk that put a URL on the wrong
/// link would show as a link whose text and URL do not match.
/// </summary>
public class LinkIdTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    // Links in every place a walk reaches them: paragraph, heading, emphasis, table, quote, list,
    // footnote, by reference, autolinks; `[t3](…)` inside an image's description.
    private const string Body = """
        ## A heading with [t0](a.md)

        Text [t1](b.md), *em [t2](c.md)*, ![pic [t3](d.md)](e.png) and <https://t5.example/>.

        | a | b |
        |---|---|
        | [t6](f.md) | <t7@example.org> |

        > [t8](g.md)

        - [t9][ref]
        - note[^1]

        [^1]: [t10](h.md)

        [ref]: i.md

        """;

    [Fact]
    public void Every_link_node_carries_the_id_of_its_entry_in_the_body_links()
    {
        var content = MarkdownParser.Parse(Body, Pipeline);
        var nodes = content.OpenDocument(Pipeline).Descendants().OfType<Inline>().Where(n => n is LinkInline or AutolinkInline).ToList();

        Assert.Equal(content.Links.Count, nodes.Count);
        Assert.Equal(Enumerable.Range(0, nodes.Count), nodes.Select(LinkIds.Of).Order());
        foreach (var node in nodes)
        {
            var link = content.Links[LinkIds.Of(node)];
            Assert.Equal((node.Line + 1, node.Column + 1), (link.Line, link.Column));
        }
    }

    [Fact]
    public void A_tree_not_parsed_as_a_body_has_no_ids_and_is_refused()
    {
        var tree = Markdig.Markdown.Parse("[a](x.md)", Pipeline);

        Assert.Throws<InvalidOperationException>(() => ResolvedLinks.Apply(tree, ["../../x/"]));
    }

    [Fact]
    public void Each_link_gets_its_own_url_in_a_kept_tree_a_tree_parsed_again_and_a_body_rendered_at_load()
    {
        var kept = Parse(out _, out _);
        kept.ResolveLinks(UrlsFor(kept));
        var expected = MarkdownHtml.Render(kept.OpenDocument(Pipeline), Pipeline).Html;

        var reparsed = Parse(out _, out _);
        reparsed.ReleaseTree(Body, prerendered: null);
        reparsed.ResolveLinks(UrlsFor(reparsed));

        var prerendered = Parse(out var essay, out var tree);
        var prerenderer = new BodyPrerenderer(Pipeline);
        prerendered.ReleaseTree(Body, prerenderer.Render(essay, tree));
        prerendered.ResolveLinks(UrlsFor(prerendered));

        AssertEachLinkHasItsUrl(expected);
        Assert.Equal(BodyForm.Prerendered, prerendered.Form);
        Assert.Equal(BodyForm.Text, reparsed.Form);
        Assert.Equal(BodyForm.Tree, kept.Form);
        using var bodies = new BodyRenderer(Pipeline);
        Assert.All([kept, reparsed, prerendered], body => Assert.Equal(expected, bodies.Render(body, BodyLabels.English)!.Html));
    }

    /// <summary>The body parsed as an essay's is, its tree kept.</summary>
    private static MarkdownContent Parse(out Essay essay, out MarkdownDocument tree)
    {
        var diagnostics = new DiagnosticBag();
        var content = MarkdownParser.ParseEssay(Body, Pipeline, "content/essays/x.md", diagnostics, out _, out tree);
        essay = new Essay(new ContentFile("essays/x.md", "content/essays/x.md", string.Empty), "x", "X", new DateOnly(2024, 5, 1), null, "S.", [], [], false, [], content);
        return content;
    }

    /// <summary>A URL per link that names the link's text: `t3` gets `/u/t3`; an autolink keeps its own.</summary>
    private static string?[] UrlsFor(MarkdownContent content) =>
        [.. content.Links.Select(l => l.Kind is MarkdownLinkKind.Autolink or MarkdownLinkKind.EmailAutolink ? l.Url : "/u/" + TextOf(l))];

    private static string TextOf(MarkdownLink link) =>
        Regex.Match(Body.Split('\n')[link.Line - 1][(link.Column - 1)..], @"^!?\[(t\d+)").Groups[1].Value is { Length: > 0 } text ? text
        : link.Url; // a reference link's text is found by its definition's URL below

    /// <summary>Every `[tN](…)` shown as a link (t3 is an image's description, t5 and t7 autolinks) links to `/u/tN`.</summary>
    private static void AssertEachLinkHasItsUrl(string html)
    {
        var anchors = Regex.Matches(html, @"<a href=""/u/(t\d+)""[^>]*>(t\d+)</a>");
        Assert.All(anchors, a => Assert.Equal(a.Groups[1].Value, a.Groups[2].Value));
        Assert.Equal(["t0", "t1", "t10", "t2", "t6", "t8", "t9"], anchors.Select(a => a.Groups[2].Value).Order(StringComparer.Ordinal));
        Assert.Contains("src=\"/u/e.png\"", html, StringComparison.Ordinal);
    }
}
