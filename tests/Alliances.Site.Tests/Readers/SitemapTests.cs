using System.Xml.Linq;

namespace Alliances.Site.Tests.Readers;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Sitemap_is_valid_and_lists_every_public_page_as_an_absolute_url()
    {
        using var site = ReaderSite.Build();
        var sitemap = ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "sitemap.xsd").Root!;
        var locations = sitemap.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.All(locations, l => Assert.StartsWith("https://example.org/alliances/", l, StringComparison.Ordinal));
        Assert.Contains("https://example.org/alliances/", locations);
        Assert.Contains("https://example.org/alliances/topics/intelligence/", locations);
        Assert.Contains("https://example.org/alliances/essays/essay-01/", locations);
        Assert.Contains("https://example.org/alliances/essays/hostile/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("secret-draft", StringComparison.Ordinal) || l.Contains("from-the-future", StringComparison.Ordinal));
        Assert.Contains("https://example.org/alliances/archive/", locations);
        Assert.Equal(1 + 4 + 22 + 1 + 1, locations.Count);
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_under_the_base_url()
    {
        using var site = ReaderSite.Build();
        var robots = site.ReadOutput("robots.txt");
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/alliances/sitemap.xml\n", robots, StringComparison.Ordinal);
    }
}
