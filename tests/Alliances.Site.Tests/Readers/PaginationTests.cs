using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Readers;

/// <summary>Home, topic and archive pages show a fixed number of essays each, linked first/previous/next/last.</summary>
public sealed class PaginationTests
{
    private const string SiteYml = "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\nlanguage: en\n";

    /// <summary>12 essays, newest first essay-12 … essay-01; even ones on intelligence (with a passage), odd on technology (none).</summary>
    private static TempSite Build(string settings)
    {
        var files = new List<(string, string)>();
        for (var i = 1; i <= 12; i++)
        {
            files.Add(($"content/essays/essay-{i:D2}.md", i % 2 == 0
                ? ReaderSite.Essay($"Essay {i:D2}", $"20{23 + (i / 5)}-01-{i:D2}", "[intelligence]")
                : ReaderSite.Essay($"Essay {i:D2}", $"20{23 + (i / 5)}-01-{i:D2}", "[technology]", body: "Plain text, no headings.\n")));
        }

        var site = TempSite.WithFiles([.. files]);
        site.Write("content/site.yml", SiteYml + settings);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static IDocument Page(TempSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".entry-title a").Select(a => a.TextContent)];

    [Fact]
    public void Home_pages_show_page_size_essays_each_newest_first_and_every_essay_once()
    {
        using var site = Build("page_size: 5\n");

        List<string> seen = [.. Titles(Page(site, "index.html")), .. Titles(Page(site, "page/2/index.html")), .. Titles(Page(site, "page/3/index.html"))];

        Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(i => $"Essay {i:D2}"), seen);
        Assert.Equal(5, Titles(Page(site, "index.html")).Count);
        Assert.Equal(2, Titles(Page(site, "page/3/index.html")).Count);
        Assert.False(File.Exists(Path.Combine(site.Output, "page", "4", "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "page", "1", "index.html")));
    }

    [Fact]
    public void A_middle_page_links_first_previous_next_and_last_and_names_its_number_in_the_title()
    {
        using var site = Build("page_size: 5\n");
        var page = Page(site, "page/2/index.html");

        Assert.Equal("Page 2 of 3 · Test", page.Title);
        var links = page.QuerySelectorAll("nav.pagination a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?> { ["First"] = "../../", ["Previous"] = "../../", ["Next"] = "../../page/3/", ["Last"] = "../../page/3/" }, links);
        Assert.Equal("Page 2 of 3", page.QuerySelector("nav.pagination [aria-current=page]")!.TextContent);
        Assert.Equal("https://example.org/alliances/page/2/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".intro"));
    }

    [Fact]
    public void The_first_and_last_pages_link_only_forwards_and_only_back()
    {
        using var site = Build("page_size: 5\n");

        var first = Page(site, "index.html");
        var last = Page(site, "page/3/index.html");

        Assert.Equal(["Next", "Last"], first.QuerySelectorAll("nav.pagination a").Select(a => a.TextContent));
        Assert.Equal("Test", first.Title);
        Assert.NotNull(first.QuerySelector(".intro"));
        Assert.Equal(["First", "Previous"], last.QuerySelectorAll("nav.pagination a").Select(a => a.TextContent));
        Assert.Equal("../../page/2/", last.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_page_links_and_the_default_is_twenty()
    {
        using var site = Build("");

        Assert.Equal(12, Titles(Page(site, "index.html")).Count);
        Assert.Null(Page(site, "index.html").QuerySelector("nav.pagination"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page")));
    }

    [Fact]
    public void Topic_pages_are_paginated_under_their_own_path()
    {
        using var site = Build("page_size: 4\n");

        var first = Page(site, "topics/intelligence/index.html");
        var second = Page(site, "topics/intelligence/page/2/index.html");

        Assert.Equal(["Essay 12", "Essay 10", "Essay 08", "Essay 06"], Titles(first));
        Assert.Equal(["Essay 04", "Essay 02"], Titles(second));
        Assert.Equal("Intelligence · Page 2 of 2 · Test", second.Title);
        Assert.Equal("../../../../topics/intelligence/", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../../../topics/intelligence/feed.xml", second.QuerySelector("link[rel=alternate][href$='intelligence/feed.xml']")!.GetAttribute("href"));
        Assert.Equal(["Home", "Intelligence", "Page 2"], second.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.False(File.Exists(Path.Combine(site.Output, "topics", "intelligence", "page", "3", "index.html")));
    }

    [Fact]
    public void Topic_pages_list_passages_only_for_essays_that_have_them()
    {
        using var site = Build("page_size: 20\n");

        var intelligence = Page(site, "topics/intelligence/index.html");
        var technology = Page(site, "topics/technology/index.html");

        Assert.All(intelligence.QuerySelectorAll(".entry"), e => Assert.Equal("Intelligence Sharing", e.QuerySelector(".passages a")!.TextContent));
        Assert.Empty(technology.QuerySelectorAll(".passages, .passages-label"));
        Assert.DoesNotContain("The whole essay", technology.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_archive_lists_every_title_by_year_newest_first_and_paginates()
    {
        using var site = Build("archive_page_size: 6\n");

        var first = Page(site, "archive/index.html");
        var second = Page(site, "archive/page/2/index.html");

        Assert.Equal(["2025", "2024"], first.QuerySelectorAll(".archive-year h2").Select(h => h.TextContent));
        Assert.Equal(["2024", "2023"], second.QuerySelectorAll(".archive-year h2").Select(h => h.TextContent));
        var titles = first.QuerySelectorAll(".archive-list a").Concat(second.QuerySelectorAll(".archive-list a")).Select(a => a.TextContent);
        Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(i => $"Essay {i:D2}"), titles);
        Assert.Equal("../essays/essay-12/", first.QuerySelector(".archive-list a")!.GetAttribute("href"));
        Assert.Empty(first.QuerySelectorAll(".entry-summary"));
        Assert.Equal("Archive · Page 2 of 2 · Test", second.Title);
    }

    [Theory]
    [InlineData("page_size: 0\n", "page_size")]
    [InlineData("page_size: lots\n", "page_size")]
    [InlineData("archive_page_size: 5000\n", "archive_page_size")]
    public void A_page_size_that_is_not_a_whole_number_from_1_to_1000_is_an_error_at_its_line(string settings, string key)
    {
        using var site = TempSite.WithFiles(("content/essays/one.md", ReaderSite.Essay("One", "2025-01-01")));
        site.Write("content/site.yml", SiteYml + settings);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("ALL117", error.Code);
        Assert.Equal(5, error.Line);
        Assert.Contains($"'{key}' must be a whole number from 1 to 1000", error.Message, StringComparison.Ordinal);
    }
}
