using System.Xml.Linq;
using Alliances.Site.Rendering.Sitemap;

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

    [Fact]
    public void Past_the_url_limit_sitemap_xml_is_a_valid_index_of_numbered_sitemaps_holding_every_url_once()
    {
        using var site = ReaderSite.Build();
        var single = Locations(ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "sitemap.xsd").Root!);

        Assert.True(SiteBuilder.Build(site.Options() with { SitemapLimits = new SitemapLimits(10, SitemapLimits.Protocol.MaxBytes) }).Succeeded);

        var index = ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "siteindex.xsd").Root!;
        Assert.Equal("sitemapindex", index.Name.LocalName);
        var parts = index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(["https://example.org/alliances/sitemap-1.xml", "https://example.org/alliances/sitemap-2.xml", "https://example.org/alliances/sitemap-3.xml"], parts);
        var split = parts.Select(p => Locations(ReaderSite.Validate(Path.Combine(site.Output, p[^"sitemap-1.xml".Length..]), "sitemap.xsd").Root!)).ToList();
        Assert.All(split, urls => Assert.InRange(urls.Count, 1, 10));
        Assert.Equal(single, split.SelectMany(urls => urls));
        Assert.All(index.Elements(Sitemap + "sitemap"), s => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", s.Element(Sitemap + "lastmod")!.Value));
        Assert.Contains("Sitemap: https://example.org/alliances/sitemap.xml\n", site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_byte_limit_every_numbered_sitemap_stays_within_it()
    {
        using var site = ReaderSite.Build();
        var single = Locations(ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "sitemap.xsd").Root!);
        const int MaxBytes = 1500;

        Assert.True(SiteBuilder.Build(site.Options() with { SitemapLimits = new SitemapLimits(50_000, MaxBytes) }).Succeeded);

        ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "siteindex.xsd");
        var files = Directory.GetFiles(site.Output, "sitemap-*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 2, $"{files.Count} sitemaps");
        Assert.All(files, f => Assert.InRange(new FileInfo(f).Length, 1, MaxBytes));
        Assert.Equal(single.Order(StringComparer.Ordinal), files.SelectMany(f => Locations(ReaderSite.Validate(f, "sitemap.xsd").Root!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_exactly_at_the_limit_keeps_one_sitemap()
    {
        using var site = ReaderSite.Build();
        var count = Locations(ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "sitemap.xsd").Root!).Count;

        Assert.True(SiteBuilder.Build(site.Options() with { SitemapLimits = new SitemapLimits(count, SitemapLimits.Protocol.MaxBytes) }).Succeeded);

        Assert.Equal(count, Locations(ReaderSite.Validate(Path.Combine(site.Output, "sitemap.xml"), "sitemap.xsd").Root!).Count);
        Assert.Empty(Directory.GetFiles(site.Output, "sitemap-*.xml"));
    }

    private static List<string> Locations(XElement urlset) => [.. urlset.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)];
}
