using System.Xml.Linq;
using Alliances.Site.Tests.Readers;
using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Linking;

/// <summary>An essay and its translations: hreflang links, the language switcher, the sitemap, related essays and topic pages.</summary>
public sealed class TranslationTests : IDisposable
{
    private const string Base = "https://example.org/alliances/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TempSite _site = TempSite.WithFiles(
        ("content/essays/five-eyes.md", Essay("The Five Eyes", "2026-11-01", "")),
        ("content/essays/five-eyes-ar.md", Essay("العيون الخمس", "2026-11-03", "lang: ar\ntranslation_of: five-eyes.md\n")),
        ("content/essays/five-eyes-tr.md", Essay("Beş Göz", "2026-11-02", "lang: tr\ntranslation_of: five-eyes.md\n")),
        ("content/essays/other.md", Essay("Another alliance", "2026-10-01", "")));

    public TranslationTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("five-eyes")]
    [InlineData("five-eyes-ar")]
    [InlineData("five-eyes-tr")]
    public void Every_version_links_every_version_by_language_and_english_as_the_default(string slug)
    {
        var page = Page($"essays/{slug}/index.html");
        var alternates = page.QuerySelectorAll("head link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(new Dictionary<string, string>
        {
            ["ar"] = Base + "essays/five-eyes-ar/",
            ["en"] = Base + "essays/five-eyes/",
            ["tr"] = Base + "essays/five-eyes-tr/",
            ["x-default"] = Base + "essays/five-eyes/",
        }, alternates);
    }

    [Fact]
    public void The_language_switcher_names_each_language_in_itself_and_marks_the_current_one()
    {
        var page = Page("essays/five-eyes-ar/index.html");
        var nav = page.QuerySelector("nav.translations")!;
        Assert.Equal("هذا المقال بلغات أخرى", nav.GetAttribute("aria-label"));
        var links = nav.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("lang"), a.GetAttribute("hreflang"), a.GetAttribute("href"), a.HasAttribute("aria-current"))).ToList();
        Assert.Equal(
        [
            ("العربية", "ar", "ar", "../../essays/five-eyes-ar/", true),
            ("English", "en", "en", "../../essays/five-eyes/", false),
            ("Türkçe", "tr", "tr", "../../essays/five-eyes-tr/", false),
        ], links);
        Assert.Equal("rtl", nav.QuerySelector("a[lang=ar]")!.GetAttribute("dir"));

        // An essay without translations has no switcher and no hreflang links.
        var other = Page("essays/other/index.html");
        Assert.Null(other.QuerySelector("nav.translations"));
        Assert.Empty(other.QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public void The_sitemap_lists_every_version_of_a_translated_essay_with_its_alternates()
    {
        var sitemap = ReaderSite.Validate(Path.Combine(_site.Output, "sitemap.xml"), "sitemap.xsd").Root!;
        var urls = sitemap.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        foreach (var slug in new[] { "five-eyes", "five-eyes-ar", "five-eyes-tr" })
        {
            var links = urls[Base + $"essays/{slug}/"].Elements(Xhtml + "link")
                .Select(l => (l.Attribute("rel")!.Value, l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList();
            Assert.Equal(
            [
                ("alternate", "ar", Base + "essays/five-eyes-ar/"),
                ("alternate", "en", Base + "essays/five-eyes/"),
                ("alternate", "tr", Base + "essays/five-eyes-tr/"),
                ("alternate", "x-default", Base + "essays/five-eyes/"),
            ], links);
        }

        Assert.Empty(urls[Base + "essays/other/"].Elements(Xhtml + "link"));
    }

    [Fact]
    public void Translations_are_not_each_others_related_essays_and_another_essay_lists_the_group_once()
    {
        Assert.Equal(["Another alliance"], RelatedTitles("essays/five-eyes/index.html"));
        Assert.Equal(["Another alliance"], RelatedTitles("essays/five-eyes-ar/index.html"));

        // The newest version is the Arabic one, but an English page lists the English version.
        Assert.Equal(["The Five Eyes"], RelatedTitles("essays/other/index.html"));
    }

    [Fact]
    public void An_essay_without_lang_lists_the_version_in_the_sites_language_even_when_that_one_names_it()
    {
        // `lang: en` written out on an English site is the same language as no `lang` at all.
        using var site = TempSite.WithFiles(
            ("content/essays/pact.md", Essay("The pact", "2026-01-01", "lang: en")),
            ("content/essays/pact-ar.md", Essay("الميثاق", "2026-01-03", "lang: ar\ntranslation_of: pact.md")),
            ("content/essays/other.md", Essay("Another alliance", "2026-01-02", string.Empty)));

        var result = SiteBuilder.Check(site.Options());

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var related = result.Site!.Essays.Single(p => p.Essay.Slug == "other").Related;
        Assert.Equal(["pact"], related.Select(r => r.Page.Essay.Slug));
    }

    [Fact]
    public void A_topic_page_counts_a_translated_essay_once_and_shows_its_other_languages()
    {
        var page = Page("topics/intelligence/index.html");
        var cards = page.QuerySelectorAll(".entries .entry");
        Assert.Equal(["The Five Eyes", "Another alliance"], cards.Select(c => c.QuerySelector(".entry-title")!.TextContent).ToList());
        Assert.Equal("2 essays on Intelligence", page.QuerySelector("#topic-essays-label")!.TextContent);
        var also = cards[0].QuerySelectorAll(".also-in a").Select(a => (a.TextContent, a.GetAttribute("lang"), a.GetAttribute("href"))).ToList();
        Assert.Equal([("العربية", "ar", "../../essays/five-eyes-ar/"), ("Türkçe", "tr", "../../essays/five-eyes-tr/")], also);
        Assert.Null(cards[1].QuerySelector(".also-in"));

        // The topic's count elsewhere (the site's topic list) is the same 2.
        var card = Page("index.html").QuerySelectorAll(".topic-card").Single(c => c.QuerySelector("a[href='topics/intelligence/']") is not null);
        Assert.Equal("2 essays", card.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public void The_home_page_lists_a_translated_essay_once_in_the_sites_language_with_its_other_languages()
    {
        var page = Page("index.html");
        var cards = page.QuerySelectorAll(".entries .entry");

        // The Arabic version is the newest, but the English one stands for the group, where the newest stood.
        Assert.Equal(["The Five Eyes", "Another alliance"], cards.Select(c => c.QuerySelector(".entry-title")!.TextContent).ToList());
        var also = cards[0].QuerySelectorAll(".also-in a").Select(a => (a.TextContent, a.GetAttribute("lang"), a.GetAttribute("href"))).ToList();
        Assert.Equal([("العربية", "ar", "essays/five-eyes-ar/"), ("Türkçe", "tr", "essays/five-eyes-tr/")], also);
        Assert.Null(cards[1].QuerySelector(".also-in"));

        // Every version still has its page, its feed entry and its place in the archive.
        var archive = Page("archive/index.html").QuerySelectorAll(".archive-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(4, archive.Count);
    }

    [Fact]
    public void A_card_names_its_essays_language_where_it_is_not_the_pages()
    {
        // On the Arabic page the English related essay's title and summary are marked English.
        var related = Page("essays/five-eyes-ar/index.html").QuerySelectorAll(".related .entry").Single();
        Assert.Equal("Another alliance", related.QuerySelector(".entry-title")!.TextContent.Trim());
        Assert.Equal("en", related.QuerySelector(".entry-title")!.GetAttribute("lang"));
        Assert.Equal("en", related.QuerySelector(".entry-summary")!.GetAttribute("lang"));

        // On English pages English cards carry no lang of their own (the page's applies).
        Assert.All(Page("index.html").QuerySelectorAll(".entries .entry-title, .entries .entry-summary"), e => Assert.Null(e.GetAttribute("lang")));
        Assert.All(Page("archive/index.html").QuerySelectorAll(".archive-list a"), a =>
            Assert.Equal(a.TextContent switch { "العيون الخمس" => "ar", "Beş Göz" => "tr", _ => null }, a.GetAttribute("lang")));
    }

    private List<string> RelatedTitles(string path) =>
        [.. Page(path).QuerySelectorAll(".related .entry-title").Select(t => t.TextContent.Trim())];

    private IDocument Page(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static string Essay(string title, string date, string extra) => $"""
        ---
        title: {title}
        date: {date}
        summary: A short essay for the translation tests.
        topics: [intelligence]
        {extra.TrimEnd()}
        ---

        Text of the essay.

        """;
}
