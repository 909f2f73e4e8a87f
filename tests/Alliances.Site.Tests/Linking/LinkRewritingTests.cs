using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Rendering;

namespace Alliances.Site.Tests.Linking;

public class LinkRewritingTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Rewrite(string markdown, bool published = true, bool targetPublished = true)
    {
        var target = MarkdownParser.Parse("## A Heading\n\n- **Lead In:** text\n", Pipeline);
        var targets = new Dictionary<string, LinkTarget>
        {
            ["essays/other.md"] = new("essays/other/", target, targetPublished, "content/essays/other.md", "other"),
            ["topics/intelligence.md"] = new("topics/intelligence/", target, true, "content/topics/intelligence.md", "intelligence"),
        };
        var diagnostics = new DiagnosticBag();
        var self = MarkdownParser.Parse(markdown, Pipeline);
        new LinkRewriter(targets, diagnostics).Rewrite(new ContentFile("essays/self.md", "content/essays/self.md", markdown), self, "../../", published ? Publication.Published : Publication.Never);
        return (MarkdownHtml.Render(self.OpenDocument(Pipeline), Pipeline).Html, diagnostics.Sorted());
    }

    [Theory]
    [InlineData("[x](other.md)", "../../essays/other/")]
    [InlineData("[x](./other.md#a-heading)", "../../essays/other/#a-heading")]
    [InlineData("[x](other.md#lead-in)", "../../essays/other/#lead-in")]
    [InlineData("[x](../topics/intelligence.md)", "../../topics/intelligence/")]
    [InlineData("[x](../essays/other.md)", "../../essays/other/")]
    [InlineData("[x](https://example.org/a?b=c)", "https://example.org/a?b=c")]
    [InlineData("[x](mailto:editor@example.org)", "mailto:editor@example.org")]
    public void Links_are_rewritten_to_page_urls(string markdown, string expectedHref)
    {
        var (html, diagnostics) = Rewrite(markdown);

        Assert.Empty(diagnostics);
        Assert.Contains($"href=\"{expectedHref}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Script_urls_are_removed_with_a_positioned_warning(string markdown)
    {
        var (html, diagnostics) = Rewrite("Text " + markdown);

        Assert.DoesNotContain("script:", html.Replace("javascript:alert(1)</p>", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("ALL203", Severity.Warning, 1, 6), (warning.Code, warning.Severity, warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("A ![img *alt*](javascript:alert(1)) b.", "<p dir=\"auto\">A img alt b.</p>\n")]
    [InlineData("C [![inner](javascript:x)](javascript:y) d.", "<p dir=\"auto\">C inner d.</p>\n")]
    [InlineData("E [text *em*](javascript:z) f.", "<p dir=\"auto\">E text <em>em</em> f.</p>\n")]
    public void A_removed_image_leaves_its_description_once_and_a_removed_link_its_text(string markdown, string expected)
    {
        var (html, _) = Rewrite(markdown);

        Assert.Equal(expected, html);
    }

    [Fact]
    public void A_removed_link_keeps_its_text()
    {
        var (html, _) = Rewrite("[the text](javascript:x)");

        Assert.Contains("the text", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics) = Rewrite("Line one.\n\nSee [x](othr.md).");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("ALL201", 3, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("did you mean `other.md`?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_heading_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics) = Rewrite("[x](other.md#a-headin)");

        var error = Assert.Single(diagnostics);
        Assert.Equal("ALL202", error.Code);
        Assert.Contains("did you mean `a-heading`?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_essay_may_not_link_to_a_draft()
    {
        Assert.Equal("ALL119", Assert.Single(Rewrite("[x](other.md)", published: true, targetPublished: false).Diagnostics).Code);
        Assert.Empty(Rewrite("[x](other.md)", published: false, targetPublished: false).Diagnostics);
    }

    [Theory]
    [InlineData("essays/a.md", "b.md", "essays/b.md")]
    [InlineData("essays/a.md", "../topics/t.md", "topics/t.md")]
    [InlineData("essays/a.md", "./sub/../b.md", "essays/b.md")]
    [InlineData("index.md", "essays/a.md", "essays/a.md")]
    [InlineData("essays/a.md", "..\\topics\\t.md", "topics/t.md")]
    [InlineData("essays/a.md", "../../x.md", null)]
    public void Relative_paths_resolve_inside_the_content_folder(string from, string link, string? expected) =>
        Assert.Equal(expected, LinkRewriter.ResolvePath(from, link));

    /// <summary>The buffered join and the split-and-join it replaced agree on every mix of segments, long paths included.</summary>
    [Fact]
    public void The_buffered_join_resolves_as_splitting_does()
    {
        string[] froms = ["a.md", "essays/a.md", "essays/deep/a.md", "a//b.md", "/x.md", new string('f', 250) + "/a.md"];
        string[] segments = ["", ".", "..", "b.md", "sub", "\\", "t.md", new string('s', 120)];
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var link = string.Join(random.Next(3) == 0 ? "\\" : "/", Enumerable.Range(0, random.Next(1, 6)).Select(_ => segments[random.Next(segments.Length)]));
            var from = froms[random.Next(froms.Length)];
            Assert.Equal(LinkRewriter.ResolveSplit(from, link), LinkRewriter.ResolvePath(from, link));
        }
    }

    [Theory]
    [InlineData("#x", UrlKind.Fragment)]
    [InlineData("a.md", UrlKind.Relative)]
    [InlineData("a/b:c.md", UrlKind.Relative)]
    [InlineData("https://x.org", UrlKind.External)]
    [InlineData("//x.org/a", UrlKind.External)]
    [InlineData("MAILTO:a@b.c", UrlKind.External)]
    [InlineData("file:///etc/passwd", UrlKind.Unsafe)]
    [InlineData(" javascript:x", UrlKind.Unsafe)]
    [InlineData("\u0001javascript:x", UrlKind.Unsafe)]
    public void Urls_are_classified_as_a_browser_would_read_them(string url, UrlKind expected) =>
        Assert.Equal(expected, UrlSafety.Classify(url));
}
