using System.Globalization;
using System.Security;
using System.Text;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Sitemap;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) listing the home page, topics, essays, the archive and the search
/// page, all as absolute URLs under the base URL; and robots.txt, which names it. A site past
/// <see cref="SitemapLimits"/> gets numbered sitemaps (sitemap-1.xml, …), each within the limits,
/// and sitemap.xml becomes the index that lists them, so robots.txt stays the same. A translated
/// essay's entry lists every version with `xhtml:link rel="alternate" hreflang` (and `x-default`),
/// as search engines read them; the namespace is declared only by a site that has translations.
/// </summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private const string UrlsetEnd = "</urlset>";

    private static readonly string UrlsetStart = $"<urlset xmlns=\"{Namespace}\">\n";
    private static readonly string UrlsetWithAlternates = $"<urlset xmlns=\"{Namespace}\" xmlns:xhtml=\"{XhtmlNamespace}\">\n";

    public static IReadOnlyList<OutputFile> Write(LinkedSite site, SitemapLimits limits)
    {
        var config = site.Config;
        var newest = site.Essays.Count > 0 ? site.Essays.Max(e => LastModified(e.Essay)) : (DateOnly?)null;
        var urls = new List<(string Path, DateOnly? LastModified, TranslationGroup? Versions)> { ("", newest, null) };
        urls.AddRange(site.TopicPages.Select(t => (t.Topic.Path, t.Essays.Count > 0 ? t.Essays.Max(e => LastModified(e.Essay)) : (DateOnly?)null, (TranslationGroup?)null)));
        urls.AddRange(site.Essays.Select(e => (e.Essay.Path, (DateOnly?)LastModified(e.Essay), e.Translations)));
        urls.Add(("archive/", newest, null));
        urls.Add(("search/", null, null));

        var start = site.Essays.Any(e => e.Translations is not null) ? UrlsetWithAlternates : UrlsetStart;
        var sitemaps = Split(urls.Select(u => (Entry(config.AbsoluteUrl(u.Path), u.LastModified, Alternates(u.Versions, config)), u.LastModified)), limits, start);
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n";
        var files = new List<OutputFile>();
        if (sitemaps.Count == 1)
        {
            files.Add(new OutputFile("sitemap.xml", sitemaps[0].Bytes));
        }
        else
        {
            var index = new StringBuilder(Declaration).Append("<sitemapindex xmlns=\"").Append(Namespace).Append("\">\n");
            for (var i = 0; i < sitemaps.Count; i++)
            {
                var name = "sitemap-" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".xml";
                files.Add(new OutputFile(name, sitemaps[i].Bytes));
                index.Append("  <sitemap>\n").Append(Element("loc", config.AbsoluteUrl(name)));
                if (sitemaps[i].Newest is { } day)
                {
                    index.Append(Element("lastmod", Day(day)));
                }

                index.Append("  </sitemap>\n");
            }

            files.Insert(0, new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(index.Append("</sitemapindex>").ToString())));
        }

        files.Add(new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots)));
        return files;
    }

    /// <summary>
    /// Fills sitemaps in order, starting a new one when the next entry would pass either limit, so
    /// every URL is in exactly one sitemap. One sitemap, possibly empty, when everything fits.
    /// </summary>
    internal static List<(byte[] Bytes, DateOnly? Newest)> Split(IEnumerable<(string Entry, DateOnly? LastModified)> entries, SitemapLimits limits, string? urlsetStart = null)
    {
        urlsetStart ??= UrlsetStart;
        var frame = Encoding.UTF8.GetByteCount(Declaration + urlsetStart + UrlsetEnd);
        var sitemaps = new List<(byte[], DateOnly?)>();
        var current = new StringBuilder();
        var count = 0;
        long bytes = frame;
        DateOnly? newest = null;
        foreach (var (entry, lastModified) in entries)
        {
            var size = Encoding.UTF8.GetByteCount(entry);
            if (count > 0 && (count == limits.MaxUrls || bytes + size > limits.MaxBytes))
            {
                sitemaps.Add((Urlset(urlsetStart, current), newest));
                current.Clear();
                (count, bytes, newest) = (0, frame, null);
            }

            current.Append(entry);
            count++;
            bytes += size;
            newest = lastModified > newest || newest is null ? lastModified : newest;
        }

        sitemaps.Add((Urlset(urlsetStart, current), newest));
        return sitemaps;
    }

    private static byte[] Urlset(string start, StringBuilder entries) =>
        Encoding.UTF8.GetBytes(Declaration + start + entries + UrlsetEnd);

    private static string Entry(string url, DateOnly? lastModified, string alternates) =>
        "  <url>\n" + Element("loc", url) + (lastModified is { } day ? Element("lastmod", Day(day)) : "") + alternates + "  </url>\n";

    /// <summary>Every version of a translated essay, itself included, and the one for other languages.</summary>
    private static string Alternates(TranslationGroup? group, SiteConfig config)
    {
        if (group is null)
        {
            return string.Empty;
        }

        var links = new StringBuilder();
        foreach (var version in group.Versions)
        {
            links.Append(Alternate(version.Language, config.AbsoluteUrl(version.Essay.Path)));
        }

        return links.Append(Alternate("x-default", config.AbsoluteUrl(group.Default.Path))).ToString();
    }

    private static string Alternate(string language, string url) =>
        $"    <xhtml:link rel=\"alternate\" hreflang=\"{SecurityElement.Escape(language)}\" href=\"{SecurityElement.Escape(url)}\"/>\n";

    private static string Element(string name, string value) => $"    <{name}>{SecurityElement.Escape(value)}</{name}>\n";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly LastModified(Essay essay) => essay.Updated is { } u && u > essay.Date ? u : essay.Date;
}
