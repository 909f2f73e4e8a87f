using Alliances.Site.Markdown;
using Alliances.Site.Rendering;
using AngleSharp.Html.Parser;
using static Alliances.Site.Tests.Hostile.Hostile;

namespace Alliances.Site.Tests.Hostile;

public class RawHtmlTests
{
    private static (string Html, string[] Codes) Render(string body)
    {
        var (essay, diagnostics) = Read(FrontMatter + "\n" + body);
        return (MarkdownHtml.Render(essay.Body.OpenDocument(Pipeline), Pipeline).Html, Codes(diagnostics));
    }

    [Fact]
    public void A_script_block_is_shown_as_text_with_a_warning_naming_its_line()
    {
        var (html, codes) = Render("Intro.\n\n<script>alert(1)</script>\n\nAfter.\n");

        Assert.Equal(["10:1 ALL204"], codes);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_html_is_shown_as_text_with_one_warning_per_line()
    {
        var (html, codes) = Render("Click <img src=x onerror=alert(1)> and <b>bold</b>.\n\nA <span onclick=\"x()\">span</span>\n");

        Assert.Equal(["8:7 ALL204", "10:3 ALL204"], codes);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("img, b, span"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<!-- a comment -->")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    public void Html_blocks_of_every_kind_are_escaped(string block)
    {
        var (html, codes) = Render(block + "\n");

        Assert.Equal(["8:1 ALL204"], codes);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("iframe, style, svg, script"));
        Assert.Equal(block, document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Html_in_code_is_not_reported()
    {
        var (_, codes) = Render("Use `<b>` for bold.\n\n```html\n<script>x</script>\n```\n");

        Assert.Empty(codes);
    }

    [Fact]
    public void Scriban_syntax_in_an_essay_is_printed_literally()
    {
        using var site = Support.TempSite.WithFiles(("content/essays/tpl.md",
            "---\ntitle: \"{{ site.title }} {{ 7 * 6 }}\"\ndate: 2024-05-01\nsummary: \"{% raw %} {{ include 'x' }}\"\ntopics: [diplomacy]\n---\n\nBody {{ 1 + 1 }} and {{ for x in 1..3 }}{{ x }}{{ end }}.\n"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/tpl/index.html"));
        Assert.Equal("{{ site.title }} {{ 7 * 6 }}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Body {{ 1 + 1 }} and {{ for x in 1..3 }}{{ x }}{{ end }}.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("42", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
