using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Readers;

public sealed class MetadataTests
{
    [Fact]
    public void Essay_page_carries_json_ld_article_that_cannot_close_its_script_element()
    {
        using var site = ReaderSite.Build();
        var html = site.ReadOutput("essays/hostile/index.html");
        var document = new HtmlParser().ParseDocument(html);

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        var article = json.RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal(ReaderSite.HostileTitle, article.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/alliances/essays/hostile/", article.GetProperty("url").GetString());
        Assert.Equal("2025-02-01T00:00:00Z", article.GetProperty("datePublished").GetString());
        Assert.Equal("2025-03-01T00:00:00Z", article.GetProperty("dateModified").GetString());
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public void Every_page_has_opengraph_and_twitter_card_tags()
    {
        using var site = ReaderSite.Build();
        foreach (var (path, type) in new[] { ("index.html", "website"), ("essays/hostile/index.html", "article"), ("topics/diplomacy/index.html", "website"), ("search/index.html", "website") })
        {
            var document = new HtmlParser().ParseDocument(site.ReadOutput(path));
            string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");
            Assert.Equal(type, Meta("meta[property='og:type']"));
            Assert.StartsWith("https://example.org/alliances/", Meta("meta[property='og:url']"), StringComparison.Ordinal);
            Assert.Equal(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta("meta[property='og:url']"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:description']")));
            // An essay's og:image is its drawn card; other pages have none.
            Assert.Equal(type == "article" ? "summary_large_image" : "summary", Meta("meta[name='twitter:card']"));
        }

        var essay = new HtmlParser().ParseDocument(site.ReadOutput("essays/hostile/index.html"));
        Assert.Equal(ReaderSite.HostileTitle, essay.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }

    [Fact]
    public void Shared_topics_under_related_essays_are_plain_links_into_that_essay_not_topic_pills()
    {
        using var site = ReaderSite.Build();
        var document = new HtmlParser().ParseDocument(site.ReadOutput("essays/essay-02/index.html"));

        var shared = document.QuerySelectorAll(".related .shared a").ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, a => Assert.False(a.HasAttribute("class")));
        Assert.All(shared, a => Assert.Matches("^\\.\\./\\.\\./essays/[^/]+/(#.+)?$", a.GetAttribute("href")!));
        Assert.All(document.QuerySelectorAll(".related .shared"), p => Assert.StartsWith("Where it discusses shared topics:", p.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_tables_are_wrapped_in_a_labelled_keyboard_scrollable_region()
    {
        using var site = TempSiteWithTable();
        var document = new HtmlParser().ParseDocument(site.ReadOutput("essays/tabled/index.html"));
        var wrap = Assert.Single(document.QuerySelectorAll(".prose .table-wrap"));
        Assert.Equal("0", wrap.GetAttribute("tabindex"));
        Assert.Equal("region", wrap.GetAttribute("role"));
        Assert.False(string.IsNullOrEmpty(wrap.GetAttribute("aria-label")));
        Assert.NotNull(wrap.QuerySelector(":scope > table"));
    }

    private static Support.TempSite TempSiteWithTable()
    {
        var site = Support.TempSite.WithFiles(("content/essays/tabled.md",
            ReaderSite.Essay("Tabled", "2025-01-01", body: "Intro.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")));
        Assert.True(site.Build().Succeeded);
        return site;
    }
}
