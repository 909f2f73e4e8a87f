using System.Globalization;
using System.Text;
using System.Xml;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Sitemap;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) listing the home page, topics, essays and the search page, all as
/// absolute URLs under the base URL; and robots.txt, which names it.
/// </summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<OutputFile> Write(LinkedSite site)
    {
        var config = site.Config;
        var newest = site.Essays.Count > 0 ? site.Essays.Max(e => LastModified(e.Essay)) : (DateOnly?)null;
        var urls = new List<(string Path, DateOnly? LastModified)> { ("", newest) };
        urls.AddRange(site.TopicPages.Select(t => (t.Topic.Path, t.Essays.Count > 0 ? t.Essays.Max(e => LastModified(e.Essay)) : (DateOnly?)null)));
        urls.AddRange(site.Essays.Select(e => (e.Essay.Path, (DateOnly?)LastModified(e.Essay))));
        urls.Add(("archive/", newest));
        urls.Add(("search/", null));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Namespace);
            foreach (var (path, lastModified) in urls)
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, config.AbsoluteUrl(path));
                if (lastModified is { } day)
                {
                    w.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n";
        return
        [
            new OutputFile("sitemap.xml", stream.ToArray()),
            new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots)),
        ];
    }

    private static DateOnly LastModified(Essay essay) => essay.Updated is { } u && u > essay.Date ? u : essay.Date;
}
