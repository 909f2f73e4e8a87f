using System.Text.Json;
using System.Text.RegularExpressions;
using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Localization;

/// <summary>
/// Every word a page shows that its content did not supply comes from the page language's strings
/// file: a site written wholly in Arabic shows no English word, in its text or in the names screen
/// readers announce, on any page; and the words search.js writes are handed to it in that language.
/// </summary>
public sealed partial class InterfaceTextTests
{
    // Names that are the same in every language: the citation styles and the technology the no-script notice names.
    private static readonly HashSet<string> Untranslated = ["APA", "Chicago", "BibTeX", "JavaScript"];

    [Fact]
    public void A_site_written_in_arabic_shows_no_english_word_on_any_page()
    {
        using var site = ArabicSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("page", "2", "index.html"), StringComparison.Ordinal));
        var english = new List<string>();
        foreach (var file in pages)
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            foreach (var text in ShownText(page))
            {
                english.AddRange(LatinWord().Matches(text).Select(m => m.Value).Where(w => !Untranslated.Contains(w)).Select(w => $"{Path.GetRelativePath(site.Output, file)}: '{w}' in '{text.Trim()}'"));
            }
        }

        Assert.True(english.Count == 0, string.Join('\n', english.Distinct().Take(40)));
    }

    [Fact]
    public void The_search_page_hands_its_script_the_status_words_in_the_pages_language_with_every_plural_form()
    {
        using var site = ArabicSite();
        Assert.True(site.Build().Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("search/index.html"));
        using var strings = JsonDocument.Parse(page.QuerySelector("#search-status")!.GetAttribute("data-strings")!);
        var root = strings.RootElement;
        Assert.Equal("ar", root.GetProperty("lang").GetString());
        Assert.Equal("اكتب كلمة أطول للبحث.", root.GetProperty("search_short").GetString());
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], root.GetProperty("search_count").EnumerateObject().Select(p => p.Name));
        Assert.Equal("{n} أقسام تطابق «{query}»؛ المعروض {shown}.", root.GetProperty("search_count").GetProperty("few").GetString());
        Assert.Equal("، ", root.GetProperty("list_comma").GetString());
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    /// <summary>The text nodes a reader sees and the names assistive technology reads out (script, style and the citation's own text aside).</summary>
    private static IEnumerable<string> ShownText(IDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("script, style, .citation, .print-url") is null)
            {
                yield return node.Data;
            }
        }

        foreach (var element in page.All)
        {
            foreach (var name in new[] { "aria-label", "title", "placeholder", "alt" })
            {
                if (element.GetAttribute(name) is { } value)
                {
                    yield return value;
                }
            }
        }

        yield return page.Title ?? "";
        yield return page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "";
    }

    private static TempSite ArabicSite()
    {
        var site = TempSite.WithFiles();
        site.Write("content/site.yml", "title: الأحلاف\ndescription: مقالات عن الأحلاف الأمنية.\nbase_url: https://example.org/alliances/\nlanguage: ar\npage_size: 2\narchive_page_size: 2\n");
        foreach (var (slug, title) in new[] { ("technology", "التقنية"), ("intelligence", "الاستخبارات"), ("diplomacy", "الدبلوماسية"), ("wartime-support", "الدعم في الحرب") })
        {
            site.Write($"content/topics/{slug}.md", $"---\ntitle: {title}\nsummary: عن {title}.\n---\n\nمقدمة عن {title}.\n");
        }

        for (var i = 1; i <= 5; i++)
        {
            site.Write($"content/essays/e{i}.md",
                $"---\ntitle: مقالة رقم {i}\ndate: 2026-0{i}-01\nsummary: ملخص المقالة.\ntopics: [intelligence, diplomacy]\nauthors: [سارة]\n---\n\n" +
                $"نص المقالة عن الاستخبارات.[^1]\n\n## القسم الأول\n\nالدبلوماسية والاستخبارات معًا.\n\n| عمود | آخر |\n|---|---|\n| ١ | ٢ |\n\n[^1]: حاشية.\n");
        }

        return site;
    }

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex LatinWord();
}
