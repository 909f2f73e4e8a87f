using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Readers;

public sealed class CitationTests
{
    private static List<string> Citations(string essay)
    {
        using var site = TempSite.WithFiles(("content/essays/cited.md", essay));
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(site.ReadOutput("essays/cited/index.html"));
        var cite = Assert.Single(document.QuerySelectorAll("article details.cite"));
        Assert.Equal("Cite this essay", cite.QuerySelector("summary")!.TextContent);
        Assert.Equal(["APA", "Chicago", "BibTeX"], cite.QuerySelectorAll(".cite-style").Select(e => e.TextContent));
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json'])"));
        return [.. cite.QuerySelectorAll(".citation").Select(e => e.TextContent)];
    }

    [Fact]
    public void An_essay_with_authors_is_cited_in_apa_chicago_and_bibtex_with_its_absolute_url()
    {
        var citations = Citations(ReaderSite.Essay("R&D at 50% {braces}", "2025-03-07", extra: "authors: [Amina Rahman, Omar Khan]\n"));

        Assert.Equal("Amina Rahman & Omar Khan. (2025, March 7). R&D at 50% {braces}. Test. https://example.org/alliances/essays/cited/", citations[0]);
        Assert.Equal("Amina Rahman and Omar Khan. \u201CR&D at 50% {braces}.\u201D Test. March 7, 2025. Accessed [date accessed]. https://example.org/alliances/essays/cited/.", citations[1]);
        Assert.Equal(
            "@online{cited,\n  author = {{Amina Rahman} and {Omar Khan}},\n  title = {{R\\&D at 50\\% \\{braces\\}}},\n  organization = {Test},\n" +
            "  date = {2025-03-07},\n  url = {https://example.org/alliances/essays/cited/},\n  urldate = {[date accessed]}\n}",
            citations[2]);
    }

    [Fact]
    public void An_essay_without_authors_is_cited_by_its_title()
    {
        var citations = Citations(ReaderSite.Essay("Plain", "2025-03-07"));

        Assert.Equal("Plain. (2025, March 7). Test. https://example.org/alliances/essays/cited/", citations[0]);
        Assert.StartsWith("\u201CPlain.\u201D Test. March 7, 2025.", citations[1], StringComparison.Ordinal);
        Assert.DoesNotContain("author", citations[2], StringComparison.Ordinal);
    }
}
