using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Alliances.Site.Tests.Readers;

public sealed partial class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [Fact]
    public void Site_feed_is_valid_atom_with_the_newest_twenty_published_essays()
    {
        using var site = ReaderSite.Build();
        var feed = ReaderSite.Validate(Path.Combine(site.Output, "feed.xml"), "atom.xsd").Root!;

        AssertFeedShape(feed);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        Assert.Equal("https://example.org/alliances/essays/hostile/", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal(ReaderSite.HostileTitle, entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("2025-03-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("Essay number 21", entries[1].Element(Atom + "title")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value is "Secret draft" or "From the future");
        Assert.Equal("https://example.org/alliances/feed.xml",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void Entry_content_is_escaped_html_with_an_absolute_xml_base()
    {
        using var site = ReaderSite.Build();
        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;
        var content = feed.Elements(Atom + "entry").First().Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Equal("https://example.org/alliances/essays/hostile/", content.Attribute(XNamespace.Xml + "base")!.Value);
        Assert.Contains("<h2 id=\"intelligence-sharing\" dir=\"auto\">", content.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", site.ReadOutput("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_content_links_are_absolute_without_relying_on_xml_base()
    {
        using var site = Support.TempSite.WithFiles(
            ("content/essays/linker.md", ReaderSite.Essay("Linker", "2025-01-02", body:
                "See [the other](other.md), [its section](other.md#intelligence-sharing), [this section](#more), [a topic](../topics/diplomacy.md), " +
                "[outside](https://example.com/a?b=1&c=2) and ![a chart](../images/c.svg).\n\n## More\n\nText with href=\"x\" in it.\n")),
            ("content/essays/other.md", ReaderSite.Essay("Other", "2025-01-01")),
            ("content/images/c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>"));
        Assert.True(site.Build().Succeeded);
        var entry = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!.Elements(Atom + "entry").First();
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(entry.Element(Atom + "content")!.Value);

        Assert.Equal(
            [
                "https://example.org/alliances/essays/other/",
                "https://example.org/alliances/essays/other/#intelligence-sharing",
                "https://example.org/alliances/essays/linker/#more",
                "https://example.org/alliances/topics/diplomacy/",
                "https://example.com/a?b=1&c=2",
            ],
            html.QuerySelectorAll("a[href]:not(.heading-anchor)").Select(a => a.GetAttribute("href")));
        Assert.All(html.QuerySelectorAll("a[href]"), a => Assert.StartsWith("https://", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("https://example.org/alliances/images/c.svg", html.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("Text with href=\"x\" in it.", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_topic_has_a_valid_feed_of_its_own_essays()
    {
        using var site = ReaderSite.Build();
        var feed = ReaderSite.Validate(Path.Combine(site.Output, "topics", "intelligence", "feed.xml"), "atom.xsd").Root!;
        AssertFeedShape(feed);
        Assert.Equal("https://example.org/alliances/topics/intelligence/", feed.Element(Atom + "id")!.Value);
        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(10, titles.Count);
        Assert.All(titles, t => Assert.True(int.Parse(t["Essay number ".Length..], CultureInfo.InvariantCulture) % 2 == 0, t));
    }

    [Fact]
    public void Entry_ids_are_stable_across_builds_and_base_urls_stay_absolute()
    {
        using var site = ReaderSite.Build();
        var first = site.ReadOutput("feed.xml");
        Assert.True(site.Build().Succeeded);
        Assert.Equal(first, site.ReadOutput("feed.xml"));
        var ids = XDocument.Parse(first).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("https://example.org/alliances/essays/", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_links_the_feeds_for_feed_readers()
    {
        using var site = ReaderSite.Build();
        var topic = site.ReadOutput("topics/diplomacy/index.html");
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\"", topic, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../topics/diplomacy/feed.xml\"", topic, StringComparison.Ordinal);
    }

    private static void AssertFeedShape(XElement feed)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + name));
        }

        Assert.NotEmpty(feed.Elements(Atom + "author"));
        Assert.Matches(Rfc3339(), feed.Element(Atom + "updated")!.Value);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(Atom + name));
            }

            Assert.Matches(Rfc3339(), entry.Element(Atom + "updated")!.Value);
            Assert.Matches(Rfc3339(), entry.Element(Atom + "published")!.Value);
            var link = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(Uri.TryCreate(link.Attribute("href")!.Value, UriKind.Absolute, out _));
            Assert.Equal(entry.Element(Atom + "id")!.Value, link.Attribute("href")!.Value);
        }
    }
}
