using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Readers;

public sealed class FootnoteTests
{
    private const string Body = "Alliances rest on trust.[^trust] Some on treaties.[^treaty] And trust again.[^trust]\n\n" +
        "## Notes\n\nAn essay's own heading called Notes.\n\n[^trust]: Trust is built over decades.\n[^treaty]: A treaty binds.\n";

    [Fact]
    public void Footnotes_sit_under_a_notes_heading_with_named_references_and_back_links()
    {
        using var site = TempSite.WithFiles(("content/essays/noted.md", ReaderSite.Essay("Noted", "2025-01-01", body: Body)));
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(site.ReadOutput("essays/noted/index.html"));

        var notes = Assert.Single(document.QuerySelectorAll("section.footnotes"));
        Assert.Equal("footnotes-label", notes.GetAttribute("aria-labelledby"));
        Assert.Equal("Notes", notes.QuerySelector("h2#footnotes-label")!.TextContent);
        Assert.Equal(["fn:1", "fn:2"], notes.QuerySelectorAll("ol > li").Select(li => li.Id));

        var references = document.QuerySelectorAll("a.footnote-ref").ToList();
        Assert.Equal(["Note 1", "Note 2", "Note 1"], references.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["1", "2", "1"], references.Select(a => a.TextContent));
        Assert.Equal(["#fn:1", "#fn:2", "#fn:1"], references.Select(a => a.GetAttribute("href")));

        var backLinks = notes.QuerySelectorAll("a.footnote-back-ref").ToList();
        Assert.Equal(["Back to reference 1", "Back to reference 1", "Back to reference 2"], backLinks.Select(a => a.GetAttribute("aria-label")));
        Assert.All(backLinks, a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));

        // The essay's own "Notes" heading keeps a distinct id.
        Assert.Equal("notes", document.QuerySelector(".prose h2:not(#footnotes-label)")!.Id);
    }

    [Fact]
    public void The_print_stylesheet_hides_back_links_and_prints_the_page_url()
    {
        using var site = TempSite.WithFiles(("content/essays/noted.md", ReaderSite.Essay("Noted", "2025-01-01", body: Body)));
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(site.ReadOutput("essays/noted/index.html"));
        var css = File.ReadAllText(Directory.GetFiles(Path.Combine(site.Output, "assets"), "style*.css").Single());
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];

        Assert.Equal("https://example.org/alliances/essays/noted/", document.QuerySelector("main .print-url")!.TextContent);
        Assert.Contains(".footnote-back-ref { display: none; }", print, StringComparison.Ordinal);
        Assert.Contains(".print-url { display: block;", print, StringComparison.Ordinal);
        Assert.Contains(".print-url { display: none; }", css[..css.IndexOf("@media print", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
