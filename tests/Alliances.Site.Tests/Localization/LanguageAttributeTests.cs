using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Localization;

/// <summary>`{lang=… dir=…}` in Markdown: an editor marks a block's or a phrase's language, and nothing else.</summary>
public sealed class LanguageAttributeTests
{
    private const string Essay = """
        ---
        title: Alliances in two languages
        date: 2026-11-21
        summary: An English essay quoting Arabic.
        topics: [diplomacy]
        ---

        The charter opens with a sentence in Arabic.

        {lang=ar dir=rtl}
        > تعدّ منظمة التعاون الإسلامي أكبر تجمع للدول الإسلامية.

        {lang=ar}
        - دوريات بحرية مشتركة
        - تدريب خفر السواحل

        ## الميثاق {lang=ar}

        The word *ميثاق*{lang=ar} means charter. The last paragraph is Persian. {lang=fa}

        - An item in Urdu follows.
        - اتحاد {lang=ur}
        """;

    [Fact]
    public void Blocks_headings_phrases_and_list_items_take_the_language_the_editor_marks()
    {
        var page = Build(Essay);
        var quote = page.QuerySelector(".prose blockquote")!;
        Assert.Equal("ar", quote.GetAttribute("lang"));
        Assert.Equal("rtl", quote.GetAttribute("dir"));

        // A marked quote and a marked list keep their text (the line of braces before them goes).
        Assert.Equal("تعدّ منظمة التعاون الإسلامي أكبر تجمع للدول الإسلامية.", quote.TextContent.Trim());
        var list = page.QuerySelectorAll(".prose ul").Single(u => u.GetAttribute("lang") == "ar");
        Assert.Equal(["دوريات بحرية مشتركة", "تدريب خفر السواحل"], list.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));

        // The heading keeps its text (the braces are cut) and its anchor from it; dir=auto still applies.
        var heading = page.QuerySelectorAll(".prose h2").Single(h => h.GetAttribute("lang") == "ar");
        Assert.Equal("الميثاق", heading.TextContent.Trim());
        Assert.Equal("auto", heading.GetAttribute("dir"));
        Assert.False(string.IsNullOrEmpty(heading.Id));

        Assert.Equal("ar", page.QuerySelector(".prose em")!.GetAttribute("lang"));
        var persian = page.QuerySelectorAll(".prose p").Single(p => p.GetAttribute("lang") == "fa");
        Assert.EndsWith("The last paragraph is Persian.", persian.TextContent, StringComparison.Ordinal);
        Assert.Equal("ur", page.QuerySelectorAll(".prose li")[^1].GetAttribute("lang"));

        // Nothing of the syntax reaches the text.
        Assert.DoesNotContain("{", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_but_lang_and_dir_is_reported_and_never_written()
    {
        using var site = TempSite.WithFiles(("content/essays/hostile.md", """
            ---
            title: Hostile
            date: 2026-11-21
            summary: Attributes that must not pass.
            topics: [diplomacy]
            ---

            A paragraph. {#main .skip-link onclick=alert(1) style="display:none" lang=en}

            [a link](https://example.org){onmouseover=alert(2) dir=sideways}
            """));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var codes = result.Diagnostics.Select(d => (d.Code, d.Line)).ToList();
        Assert.Equal(4, codes.Count(c => c == ("ALL220", 8)));
        Assert.Equal(("ALL220", 10), codes.Single(c => c.Line == 10 && c.Code == "ALL220"));
        Assert.Equal(("ALL221", 10), codes.Single(c => c.Code == "ALL221"));
        Assert.True(codes.Count == 6, string.Join('\n', result.Diagnostics));

        // What the site would render, had the errors been ignored: the allowed lang only.
        var html = Markdig.Markdown.ToHtml(File.ReadAllText(Path.Combine(site.Content, "essays", "hostile.md")).Split("---")[2], Markdown.MarkdownPipelineFactory.Create());
        Assert.Contains("<p lang=\"en\" dir=\"auto\">A paragraph.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sideways", html, StringComparison.Ordinal);
    }

    private static IDocument Build(string essay)
    {
        using var site = TempSite.WithFiles(("content/essays/two.md", essay));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new HtmlParser().ParseDocument(site.ReadOutput("essays/two/index.html"));
    }
}
