using System.Xml.Linq;
using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Site;

/// <summary>
/// An essay and a topic whose file names are Arabic: published in folders of those names, written
/// percent-encoded in every address the site gives (links, canonical, sitemap, feeds, search index),
/// and every link to them reaches the file.
/// </summary>
public sealed class NonLatinSlugTests
{
    private const string Slug = "الأمن-الجماعي";
    private const string Encoded = "%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%AC%D9%85%D8%A7%D8%B9%D9%8A";
    private const string Topic = "أمن";

    [Fact]
    public void An_arabic_file_name_is_published_under_its_own_letters_and_every_address_of_it_is_percent_encoded_and_resolves()
    {
        using var site = TempSite.WithFiles(
            ($"content/essays/{Slug}.md", Essay("Collective security", "[the other essay](other.md)", $"[{Topic}]")),
            ("content/essays/other.md", Essay("Other essay", $"[the first]({Slug}.md#دفاع-مشترك) and [the topic](../topics/{Topic}.md)", "[intelligence]")),
            ($"content/topics/{Topic}.md", "---\ntitle: الأمن\nsummary: عن الأمن.\n---\n\nمقدمة.\n"));
        var result = site.Build("https://example.org/alliances/");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        Assert.True(File.Exists(site.Of($"_site/essays/{Slug}/index.html")));
        Assert.True(File.Exists(site.Of($"_site/topics/{Topic}/index.html")));
        Assert.True(File.Exists(site.Of($"_site/topics/{Topic}/feed.xml")));

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (path, page) in pages)
        {
            foreach (var reference in References(page))
            {
                var beforeFragment = reference.Split('#')[0];
                if (beforeFragment.Any(c => c > '~'))
                {
                    problems.Add($"{path}: '{reference}' is not percent-encoded");
                }

                var url = new Uri(BuiltSite.UrlOf(path), reference);
                if (url.Scheme is "http" or "https" && BuiltSite.FileFor(url) is { } file && !File.Exists(Path.Combine(site.Output, file)))
                {
                    problems.Add($"{path}: '{reference}' reaches no file ({file})");
                }
            }
        }

        Assert.Empty(problems);

        var essay = pages[$"essays/{Slug}/index.html"];
        Assert.Equal($"https://example.org/alliances/essays/{Encoded}/", essay.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var other = pages["essays/other/index.html"];
        Assert.Contains(other.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!),
            h => h.StartsWith($"../../essays/{Encoded}/#", StringComparison.Ordinal) && Uri.UnescapeDataString(h) == $"../../essays/{Slug}/#دفاع-مشترك");

        var locs = XDocument.Load(site.Of("_site/sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains($"https://example.org/alliances/essays/{Encoded}/", locs);
        Assert.All(locs, loc => Assert.True(Uri.IsWellFormedUriString(loc, UriKind.Absolute) && loc.All(c => c <= '~'), loc));

        foreach (var feed in new[] { "_site/feed.xml", $"_site/topics/{Topic}/feed.xml" })
        {
            var links = XDocument.Load(site.Of(feed)).Descendants().Where(e => e.Name.LocalName == "link").Select(e => (string)e.Attribute("href")!).ToList();
            Assert.Contains($"https://example.org/alliances/essays/{Encoded}/", links);
            Assert.All(links, link => Assert.True(link.All(c => c <= '~'), $"{feed}: {link}"));
        }

        // The search index names the page by its address, as links do.
        var search = string.Concat(Directory.EnumerateFiles(site.Of("_site/search"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains($"essays/{Encoded}/", search, StringComparison.Ordinal);
        Assert.DoesNotContain($"essays/{Slug}/", search, StringComparison.Ordinal);
    }

    private static IEnumerable<string> References(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("meta[property='og:url'], meta[property='og:image']").Select(e => e.GetAttribute("content")!));

    private static string Essay(string title, string link, string topics) =>
        $"---\ntitle: {title}\ndate: 2026-01-01\nsummary: About {title}.\ntopics: {topics}\n---\n\nText with {link}.\n\n## دفاع مشترك\n\nنص.\n";
}
