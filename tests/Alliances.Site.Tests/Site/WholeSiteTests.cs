using System.Text.RegularExpressions;
using Alliances.Site.Tests.Support;
using AngleSharp.Dom;

namespace Alliances.Site.Tests.Site;

public partial class WholeSiteTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] TopicSlugs = ["technology", "intelligence", "diplomacy", "wartime-support"];

    private IEnumerable<(string Path, IDocument Document)> EssayPages =>
        site.Pages.Where(p => p.Key.StartsWith("essays/", StringComparison.Ordinal)).Select(p => (p.Key, p.Value));

    [Fact]
    public void Builds_the_three_essays_four_topics_home_archive_and_404()
    {
        Assert.Equal(
            [
                "404.html",
                "archive/index.html",
                "essays/international-alliances-as-a-pillar-of-strength/index.html",
                "essays/security-alliances-in-foreign-diplomatic-relations/index.html",
                "essays/strategic-alliance-partnerships-and-security/index.html",
                "index.html",
                "topics/diplomacy/index.html",
                "topics/intelligence/index.html",
                "topics/technology/index.html",
                "topics/wartime-support/index.html",
            ],
            site.Pages.Keys.Where(k => !k.StartsWith("search/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_file_and_anchor()
    {
        var broken = new List<string>();
        foreach (var (path, document) in site.Pages)
        {
            var pageUrl = BuiltSite.UrlOf(path);
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                var url = new Uri(pageUrl, reference);
                if (url.Scheme is not ("http" or "https") || BuiltSite.FileFor(url) is not { } file)
                {
                    continue;
                }

                if (!File.Exists(Path.Combine(site.Output, file)))
                {
                    broken.Add($"{path}: {reference} -> missing {file}");
                    continue;
                }

                var fragment = url.Fragment.TrimStart('#');
                if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal)
                    && site.Page(file).GetElementById(Uri.UnescapeDataString(fragment)) is null)
                {
                    broken.Add($"{path}: {reference} -> no #{fragment} in {file}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_a_description_a_language_and_a_canonical_url_but_the_404_is_noindex()
    {
        foreach (var (path, document) in site.Pages)
        {
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{path} should have exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{path} has no title");
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path} has no description");
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            if (path == "404.html")
            {
                Assert.Null(document.QuerySelector("link[rel=canonical]"));
                Assert.Null(document.QuerySelector("meta[property='og:url']"));
                Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
                continue;
            }

            Assert.StartsWith(BuiltSite.BaseUrl, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Null(document.QuerySelector("meta[name=robots]"));
        }
    }

    [Fact]
    public void Every_page_links_the_four_topics_in_its_header()
    {
        foreach (var (path, document) in site.Pages)
        {
            var hrefs = document.QuerySelectorAll("header a[href]").Select(a => new Uri(BuiltSite.UrlOf(path), a.GetAttribute("href")).AbsoluteUri).ToList();
            foreach (var slug in TopicSlugs)
            {
                Assert.Contains(BuiltSite.BaseUrl + $"topics/{slug}/", hrefs);
            }
        }
    }

    [Fact]
    public void Each_essay_links_to_each_of_its_topics()
    {
        foreach (var page in site.Result.Site!.Essays)
        {
            var path = page.Essay.Path + "index.html";
            var main = site.Page(path).QuerySelector("main")!;
            var links = main.QuerySelectorAll("a[href]").Select(a => new Uri(BuiltSite.UrlOf(path), a.GetAttribute("href")).AbsoluteUri).ToHashSet();
            Assert.NotEmpty(page.Topics);
            foreach (var topic in page.Topics)
            {
                Assert.Contains(BuiltSite.BaseUrl + topic.Path, links);
            }
        }
    }

    [Fact]
    public void Each_topic_page_links_into_the_sections_of_each_of_its_essays()
    {
        foreach (var topicPage in site.Result.Site!.TopicPages)
        {
            var path = topicPage.Topic.Path + "index.html";
            var links = site.Page(path).QuerySelectorAll("main a[href]").Select(a => new Uri(BuiltSite.UrlOf(path), a.GetAttribute("href")).AbsoluteUri).ToHashSet();
            Assert.NotEmpty(topicPage.Essays);
            foreach (var essay in topicPage.Essays)
            {
                var passages = essay.PassagesOn(topicPage.Topic);
                Assert.NotEmpty(passages);
                foreach (var passage in passages)
                {
                    var target = $"{BuiltSite.BaseUrl}{essay.Essay.Path}#{passage.Id}";
                    Assert.Contains(target, links);
                    Assert.NotNull(site.Page(essay.Essay.Path + "index.html").GetElementById(passage.Id));
                }
            }
        }
    }

    [Fact]
    public void The_first_essays_numbered_list_gives_one_passage_per_topic()
    {
        var essay = site.Result.Site!.Essays.Single(p => p.Essay.Slug == "international-alliances-as-a-pillar-of-strength");
        Assert.Equal("technological-exchange", essay.PassagesByTopic["technology"][0].Id);
        Assert.Equal("intelligence-sharing", essay.PassagesByTopic["intelligence"][0].Id);
        Assert.Equal("political-support", essay.PassagesByTopic["diplomacy"][0].Id);
        Assert.Equal("support-during-wartime", essay.PassagesByTopic["wartime-support"][0].Id);
        var item = site.Page(essay.Essay.Path + "index.html").GetElementById("intelligence-sharing")!;
        Assert.Equal("LI", item.TagName);
        Assert.StartsWith("Intelligence Sharing:", item.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_of_each_essay_body_appears_in_its_page()
    {
        foreach (var source in Directory.EnumerateFiles(RepoPaths.OriginalEssays, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            var slug = Path.GetFileNameWithoutExtension(source);
            var text = Normalize(site.Page($"essays/{slug}/index.html").QuerySelector("main")!.TextContent);
            var sentences = Sentences(File.ReadAllText(source)).ToList();
            Assert.True(sentences.Count > 15, $"{slug}: too few sentences found in the source");
            foreach (var sentence in sentences)
            {
                Assert.True(text.Contains(sentence, StringComparison.Ordinal), $"{slug}: missing sentence: {sentence}");
            }
        }
    }

    [Fact]
    public void Essay_pages_show_date_reading_time_contents_anchors_related_and_edit_link()
    {
        foreach (var (path, document) in EssayPages)
        {
            Assert.NotNull(document.QuerySelector("main time[datetime]"));
            Assert.Matches(@"\d+ min read", document.QuerySelector("main")!.TextContent);
            var toc = document.QuerySelectorAll("main nav a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
            Assert.NotEmpty(toc);
            Assert.All(toc, id => Assert.NotNull(document.GetElementById(id)));
            Assert.All(document.QuerySelectorAll("main h2[id], main h3[id]").Where(h => h.Closest(".prose") is not null),
                h => Assert.Equal("#" + h.Id, h.QuerySelector("a.heading-anchor")?.GetAttribute("href")));
            var edit = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("/edit/", StringComparison.Ordinal));
            Assert.EndsWith("content/essays/" + path.Split('/')[1] + ".md", edit, StringComparison.Ordinal);
            Assert.NotEmpty(document.QuerySelectorAll("a[rel=prev], a[rel=next]"));
        }
    }

    [Fact]
    public void Related_essays_are_ranked_by_shared_topics()
    {
        foreach (var page in site.Result.Site!.Essays)
        {
            var shared = page.Related.Select(r => r.SharedTopics.Count).ToList();
            Assert.Equal(shared.OrderDescending(), shared);
            Assert.DoesNotContain(page.Related, r => r.Page == page);
            Assert.Equal(site.Result.Site.Essays.Count - 1, page.Related.Count);
        }
    }

    [Fact]
    public void Home_lists_topics_with_counts_and_all_essays_newest_first()
    {
        var home = site.Page("index.html");
        var essayLinks = home.QuerySelectorAll("main a[href^='essays/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(
            ["essays/security-alliances-in-foreign-diplomatic-relations/", "essays/strategic-alliance-partnerships-and-security/", "essays/international-alliances-as-a-pillar-of-strength/"],
            essayLinks);
        var main = home.QuerySelector("main")!.TextContent;
        Assert.Contains("3 essays", main, StringComparison.Ordinal);
        foreach (var slug in TopicSlugs)
        {
            Assert.NotNull(home.QuerySelector($"main a[href='topics/{slug}/']"));
        }
    }

    [Fact]
    public void The_404_page_uses_absolute_links_under_the_base_path()
    {
        var links = site.Page("404.html").QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith('#')).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, h => Assert.StartsWith("/alliances/", h, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_pages_use_relative_links_so_the_site_works_under_any_subpath()
    {
        foreach (var (path, document) in site.Pages.Where(p => p.Key != "404.html"))
        {
            var rooted = document.QuerySelectorAll("a[href], link[href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal));
            Assert.Empty(rooted);
        }
    }

    [Fact]
    public void Loads_nothing_from_other_hosts()
    {
        foreach (var (path, document) in site.Pages)
        {
            var external = document.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], link[rel=icon], iframe")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
                .Where(u => u.Contains("//", StringComparison.Ordinal));
            Assert.Empty(external);
        }
    }

    private static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>The sentences of a Markdown source, with its markup (headings, list markers, bold) taken off.</summary>
    private static IEnumerable<string> Sentences(string markdown)
    {
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = ListMarker().Replace(rawLine.Trim().TrimStart('#').Trim(), "").Replace("**", "", StringComparison.Ordinal);
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var clean = Normalize(sentence);
                if (clean.Length > 3)
                {
                    yield return clean;
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(\d+\.|-)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
