using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Localization;

public sealed class LanguagePagesTests
{
    private const string ArabicEssay = """
        ---
        title: التحالفات الأمنية في العالم الإسلامي
        date: 2026-11-21
        updated: 2026-11-23
        summary: نظرة موجزة على التحالفات الأمنية بين الدول الإسلامية.
        topics: [intelligence]
        authors: [سارة, خالد, ليلى]
        lang: ar
        ---

        تعدّ منظمة التعاون الإسلامي أكبر تجمع للدول الإسلامية، إذ تضم 57 دولة.

        ## تبادل المعلومات الاستخباراتية

        يقوم الأمن المشترك على تبادل المعلومات بين الحلفاء.
        """;

    [Fact]
    public void An_essay_in_arabic_gets_its_language_direction_and_arabic_interface_strings()
    {
        using var site = TempSite.WithFiles(("content/essays/arabic.md", ArabicEssay));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/arabic/index.html"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar_AR", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("المحتويات", page.QuerySelector("#toc-label")!.TextContent);
        Assert.Equal("21 نوفمبر 2026", page.QuerySelector(".byline time")!.TextContent);
        Assert.Contains("بقلم سارة، خالد وليلى", page.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("حُدِّثت في", page.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("الرئيسية", page.QuerySelector(".breadcrumbs a")!.TextContent);
        Assert.Equal("انتقل إلى المحتوى", page.QuerySelector(".skip-link")!.TextContent);

        // The rest of the site stays in the site's language, the Arabic essay's date included.
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", home.DocumentElement.GetAttribute("dir"));
        Assert.Equal("21 November 2026", home.QuerySelector(".entry time")!.TextContent);
    }

    [Theory]
    [InlineData("fa", "rtl", "فهرست مطالب", "۲۱ نوامبر ۲۰۲۶")]
    [InlineData("ur", "rtl", "فہرست", "21 نومبر 2026")]
    [InlineData("tr", "ltr", "İçindekiler", "21 Kasım 2026")]
    [InlineData("ms", "ltr", "Kandungan", "21 November 2026")]
    public void A_site_in_another_language_is_written_in_it_throughout(string language, string direction, string contents, string date)
    {
        using var site = TempSite.WithFiles(("content/essays/one.md", ArabicEssay.Replace("lang: ar\n", "", StringComparison.Ordinal)));
        site.Write("content/site.yml", $"title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\nlanguage: {language}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var path in new[] { "index.html", "essays/one/index.html", "topics/intelligence/index.html", "search/index.html", "404.html" })
        {
            var page = new HtmlParser().ParseDocument(site.ReadOutput(path));
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        }

        var essay = new HtmlParser().ParseDocument(site.ReadOutput("essays/one/index.html"));
        Assert.Equal(contents, essay.QuerySelector("#toc-label")!.TextContent);
        Assert.Equal(date, essay.QuerySelector(".byline time")!.TextContent);
    }

    [Fact]
    public void Every_text_block_of_an_essay_lays_itself_out_by_its_own_script()
    {
        const string essay = """
            ---
            title: Alliances in two scripts
            date: 2026-11-21
            summary: An English essay with an Arabic section.
            topics: [intelligence]
            ---

            The Organisation of Islamic Cooperation (OIC) has 57 members.

            ## بالعربية

            تضم منظمة التعاون الإسلامي 57 دولة.

            - البند الأول
            - second item

            > اقتباس قصير.

            | الدولة | Members |
            |---|---|
            | تركيا | 1 |

            ```
            code stays as the page runs
            ```
            """;
        using var site = TempSite.WithFiles(("content/essays/mixed.md", essay));
        Assert.True(site.Build().Succeeded);

        var prose = new HtmlParser().ParseDocument(site.ReadOutput("essays/mixed/index.html")).QuerySelector(".prose")!;
        var blocks = prose.QuerySelectorAll("p, li, h2, blockquote, th, td");
        Assert.Equal(11, blocks.Length);
        Assert.All(blocks, b => Assert.Equal("auto", b.GetAttribute("dir")));
        Assert.Null(prose.QuerySelector("pre")!.GetAttribute("dir"));
    }

    [Fact]
    public void A_template_asking_for_a_string_no_file_has_fails_at_the_call()
    {
        using var site = TempSite.WithFiles(("content/essays/one.md", ArabicEssay));
        site.Write("templates/404.html", "<h1>{{ t \"not_found\" }}</h1>\n<p>{{ t \"no_such_key\" }}</p>\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("ALL301", error.Code);
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("no_such_key", error.Message, StringComparison.Ordinal);
    }
}
