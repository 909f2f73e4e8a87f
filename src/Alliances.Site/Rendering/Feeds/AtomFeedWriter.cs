using System.Globalization;
using System.Text;
using System.Xml;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Feeds;

/// <summary>
/// Atom feeds (RFC 4287): /feed.xml with the newest essays, and /topics/&lt;slug&gt;/feed.xml per topic.
/// Every URL is absolute; entry content carries xml:base (the essay's URL) so the relative links of the
/// rendered essay resolve in a feed reader. Ids are the essays' canonical URLs, so they never change.
/// </summary>
public static class AtomFeedWriter
{
    public const int EntryCount = 20;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="body">An essay's rendered body; asked only for the essays <see cref="Shown"/> lists.</param>
    internal static IReadOnlyList<OutputFile> Write(LinkedSite site, Func<Essay, string> body)
    {
        var files = new List<OutputFile>
        {
            new("feed.xml", Feed(site, site.Config.Title, "", Newest(site.Essays), body)),
        };
        foreach (var page in site.TopicPages)
        {
            var title = $"{page.Topic.Title} · {site.Config.Title}";
            files.Add(new(page.Topic.Folder + "feed.xml", Feed(site, title, page.Topic.Path, Newest(page.Essays), body)));
        }

        return files;
    }

    /// <summary>Every essay some feed shows, so a build keeps just these bodies for the feeds.</summary>
    internal static IReadOnlySet<Essay> Shown(LinkedSite site) =>
        site.TopicPages.Select(p => p.Essays).Prepend(site.Essays).SelectMany(Newest).ToHashSet<Essay>(ReferenceEqualityComparer.Instance);

    private static List<Essay> Newest(IEnumerable<EssayPage> essays) =>
        [.. essays.Select(e => e.Essay)
            .OrderByDescending(e => e.Date).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Take(EntryCount)];

    private static byte[] Feed(LinkedSite site, string title, string path, List<Essay> newest, Func<Essay, string> body)
    {
        var config = site.Config;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", AtomNamespace);
            w.WriteAttributeString("xml", "lang", null, config.Language);
            w.WriteElementString("id", AtomNamespace, config.AbsoluteUrl(path));
            w.WriteElementString("title", AtomNamespace, title);
            w.WriteElementString("subtitle", AtomNamespace, config.Description);
            w.WriteElementString("updated", AtomNamespace, newest.Count > 0 ? Rfc3339(newest.Max(Updated)) : "1970-01-01T00:00:00Z");
            Link(w, "self", config.AbsoluteUrl(path + "feed.xml"), "application/atom+xml");
            Link(w, "alternate", config.AbsoluteUrl(path), "text/html");
            w.WriteStartElement("author", AtomNamespace);
            w.WriteElementString("name", AtomNamespace, config.Title);
            w.WriteElementString("uri", AtomNamespace, config.BaseUrl.AbsoluteUri);
            w.WriteEndElement();
            w.WriteElementString("generator", AtomNamespace, "Alliances");
            foreach (var essay in newest)
            {
                Entry(w, config, essay, body(essay));
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Entry(XmlWriter w, SiteConfig config, Essay essay, string body)
    {
        var url = config.AbsoluteUrl(essay.Path);
        w.WriteStartElement("entry", AtomNamespace);

        // xml:lang is inherited from the feed; an essay in another language says so on its entry,
        // so a reader shows its title, summary and text in that language's voice and direction.
        if (essay.Language is { } language && !string.Equals(language, config.Language, StringComparison.OrdinalIgnoreCase))
        {
            w.WriteAttributeString("xml", "lang", null, language);
        }

        w.WriteElementString("id", AtomNamespace, url);
        w.WriteElementString("title", AtomNamespace, essay.Title);
        w.WriteElementString("published", AtomNamespace, Rfc3339(essay.Date));
        w.WriteElementString("updated", AtomNamespace, Rfc3339(Updated(essay)));
        Link(w, "alternate", url, "text/html");
        foreach (var author in essay.Authors)
        {
            w.WriteStartElement("author", AtomNamespace);
            w.WriteElementString("name", AtomNamespace, author);
            w.WriteEndElement();
        }

        w.WriteElementString("summary", AtomNamespace, essay.Summary);
        w.WriteStartElement("content", AtomNamespace);
        w.WriteAttributeString("type", "html");
        w.WriteAttributeString("xml", "base", null, url);
        w.WriteString(FeedLinks.Absolute(body, url));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNamespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static DateOnly Updated(Essay essay) => essay.Updated is { } u && u > essay.Date ? u : essay.Date;

    /// <summary>An RFC 3339 date-time: essays carry a day, published at midnight UTC.</summary>
    public static string Rfc3339(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
