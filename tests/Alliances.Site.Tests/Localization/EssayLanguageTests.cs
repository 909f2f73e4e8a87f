using System.Text.Json;
using System.Xml.Linq;
using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Localization;

/// <summary>What an essay's `lang` changes beyond its page's chrome: its body's own words, its feed entry, its JSON-LD.</summary>
public sealed class EssayLanguageTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string PersianEssay = """
        ---
        title: همکاری امنیتی
        date: 2026-11-20
        summary: نگاهی کوتاه به همکاری امنیتی.
        topics: [intelligence]
        lang: fa
        ---

        پیمان‌ها بر اعتماد استوارند.[^1]

        | کشور | سال |
        |---|---|
        | ترکیه | ۱۹۵۲ |

        [^1]: یادداشتی کوتاه.
        """;

    private const string EnglishEssay = """
        ---
        title: Security cooperation
        date: 2026-11-21
        summary: A short look at security cooperation.
        topics: [intelligence]
        ---

        Alliances rest on trust.[^1]

        | Country | Year |
        |---|---|
        | Turkey | 1952 |

        [^1]: A short note.
        """;

    [Fact]
    public void An_essays_notes_and_table_are_labelled_in_its_own_language()
    {
        using var site = TempSite.WithFiles(("content/essays/persian.md", PersianEssay), ("content/essays/english.md", EnglishEssay));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var persian = new HtmlParser().ParseDocument(site.ReadOutput("essays/persian/index.html"));
        Assert.Equal("یادداشت‌ها", persian.QuerySelector("#footnotes-label")!.TextContent);
        Assert.Equal("یادداشت ۱", persian.QuerySelector("a.footnote-ref")!.GetAttribute("aria-label"));
        Assert.Equal("بازگشت به ارجاع ۱", persian.QuerySelector("a.footnote-back-ref")!.GetAttribute("aria-label"));
        Assert.Equal("جدول (به پهلو پیمایش می‌شود)", persian.QuerySelector(".table-wrap")!.GetAttribute("aria-label"));

        var english = new HtmlParser().ParseDocument(site.ReadOutput("essays/english/index.html"));
        Assert.Equal("Notes", english.QuerySelector("#footnotes-label")!.TextContent);
        Assert.Equal("Note 1", english.QuerySelector("a.footnote-ref")!.GetAttribute("aria-label"));
        Assert.Equal("Back to reference 1", english.QuerySelector("a.footnote-back-ref")!.GetAttribute("aria-label"));
        Assert.Equal("Table (scrolls sideways)", english.QuerySelector(".table-wrap")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_site_in_another_language_labels_every_essays_notes_in_it()
    {
        using var site = TempSite.WithFiles(("content/essays/english.md", EnglishEssay));
        site.Write("content/site.yml", "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\nlanguage: tr\n");
        Assert.True(site.Build().Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/english/index.html"));
        Assert.Equal("Notlar", page.QuerySelector("#footnotes-label")!.TextContent);
        Assert.Equal("Tablo (yana kaydırılır)", page.QuerySelector(".table-wrap")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_feed_entry_and_the_json_ld_carry_the_essays_language()
    {
        using var site = TempSite.WithFiles(("content/essays/persian.md", PersianEssay), ("content/essays/english.md", EnglishEssay));
        Assert.True(site.Build().Succeeded);

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        var entries = feed.Elements(Atom + "entry").ToDictionary(e => e.Element(Atom + "id")!.Value);
        Assert.Equal("fa", entries["https://example.org/alliances/essays/persian/"].Attribute(XNamespace.Xml + "lang")!.Value);

        // An entry in the feed's own language inherits it (RFC 4287 §2: xml:lang applies to descendants).
        Assert.Null(entries["https://example.org/alliances/essays/english/"].Attribute(XNamespace.Xml + "lang"));

        Assert.Equal("fa", InLanguage(site.ReadOutput("essays/persian/index.html")));
        Assert.Equal("en", InLanguage(site.ReadOutput("essays/english/index.html")));
    }

    private static string InLanguage(string html)
    {
        var script = new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.GetProperty("inLanguage").GetString()!;
    }
}
