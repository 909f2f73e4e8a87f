namespace Alliances.Site.Rendering.Sitemap;

/// <summary>
/// How much one sitemap file may hold. The protocol (sitemaps.org) allows 50,000 URLs and 50 MiB
/// (52,428,800 bytes) uncompressed per file; beyond that sitemap.xml becomes an index of numbered
/// sitemaps. Tests pass a small limit instead of building 50,000 essays.
/// </summary>
public sealed record SitemapLimits(int MaxUrls, long MaxBytes)
{
    public static SitemapLimits Protocol { get; } = new(50_000, 52_428_800);
}
