using Alliances.Site.Markdown;
using Alliances.Site.Rendering;
using static Alliances.Site.Tests.Hostile.Hostile;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// The cmark pathological inputs (and a few of Markdig's own) at an essay's body: each is either
/// rendered, or refused with a "too deeply nested" error (ALL205) at a line, and none can overflow the
/// stack. Measured times are in SECURITY.md; here a generous bound only catches hangs.
/// </summary>
public class MarkdownHostileTests
{
    public static TheoryData<string, string, string?> Pathological => new()
    {
        { "50,000 [", new string('[', 50_000), "8:1 ALL205" },
        { "50,000 '> '", string.Concat(Enumerable.Repeat("> ", 50_000)) + "x", "8:1 ALL205" },
        { "65,000 '*a **a '", string.Concat(Enumerable.Repeat("*a **a ", 65_000)), "8:1 ALL205" },
        { "65,000 '*a **a' lines", string.Concat(Enumerable.Repeat("*a **a\n", 65_000)), "8:1 ALL205" },
        { "1,000-deep indented list", string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 2) + "- x\n")), "136:1 ALL205" },
        { "1,000-deep '- - - x'", string.Concat(Enumerable.Repeat("- ", 1000)) + "x", "8:1 ALL205" },
        { "1,000-deep ordered list", string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 3) + "1. x\n")), "93:1 ALL205" },
        { "10,000 * around a word", new string('*', 10_000) + "a" + new string('*', 10_000), "8:197 ALL205" },
        { "5,000 nested images in links", string.Concat(Enumerable.Repeat("[![", 5000)) + "a" + string.Concat(Enumerable.Repeat("](u)](v)", 5000)), "8:1 ALL205" },
        { "1,999 [ (under the opener cap)", new string('[', 1999), "8:99 ALL205" },
        { "999 '*a **a ' (under the opener cap)", string.Concat(Enumerable.Repeat("*a **a ", 999)), null },
        { "80,000 bare links in one paragraph", string.Concat(Enumerable.Repeat("www.a.b ", 80_000)), "8:1 ALL205" },
        { "501 bare links after a paragraph's first line", "text\n" + string.Concat(Enumerable.Repeat("http://a.b\n", 501)), "8:1 ALL205" },
        { "3,000 bare links, one per list item", string.Concat(Enumerable.Repeat("- www.a.b\n", 3000)), null },
        { "500 bare links after 100,000 code spans", string.Concat(Enumerable.Repeat("`c` ", 100_000)) + string.Concat(Enumerable.Repeat("www.a.b ", 500)), "8:1 ALL205" },
        { "10 bare links after 50,000 code spans", string.Concat(Enumerable.Repeat("`c` ", 50_000)) + string.Concat(Enumerable.Repeat("www.a.b ", 10)), null },
        { "500 bare links (at the cap)", string.Concat(Enumerable.Repeat("www.a.b ", 500)), null },
        { "NUL bytes", "a\0b\0\0c " + new string('\0', 10_000), null },
        { "50 nested quotes", new string('>', 50) + " x", null },
        { "30-deep list", string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', i * 2) + "- x\n")), null },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_markdown_is_rendered_or_refused_as_too_deep(string name, string body, string? expected)
    {
        var (essay, diagnostics) = Read(FrontMatter + "\n" + body);
        var html = Bounded(() => MarkdownHtml.Render(essay.Body.OpenDocument(Pipeline), Pipeline).Html);

        Assert.True(name.Length > 0);
        Assert.Equal(expected is null ? [] : [expected], Codes(diagnostics));
        Assert.DoesNotContain('\0', html);
        if (expected is not null)
        {
            Assert.Matches("^too (deeply nested|many bare links)", diagnostics[0].Message);
            Assert.Equal(string.Empty, html);
        }
    }

    [Fact]
    public void Nul_bytes_become_replacement_characters()
    {
        var (essay, _) = Read(FrontMatter + "\na\0b\n");

        Assert.Equal("<p dir=\"auto\">a\uFFFDb</p>\n", MarkdownHtml.Render(essay.Body.OpenDocument(Pipeline), Pipeline).Html);
    }

    [Fact]
    public void A_too_deep_essay_fails_the_build_with_a_positioned_error_not_an_exception()
    {
        using var site = Support.TempSite.WithFiles(("content/essays/deep.md", FrontMatter + "\n" + new string('*', 10_000) + "a" + new string('*', 10_000) + "\n"));

        var result = SiteBuilder.Build(site.Options());

        Assert.Equal(["8:197 ALL205"], Codes(result.Diagnostics.Where(d => d.IsError)));
        Assert.False(Directory.Exists(site.Output));
    }
}
