using Alliances.Site.Linking;
using Alliances.Site.Tests.Support;
using static Alliances.Site.Tests.Hostile.Hostile;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// Inputs under the size limits that took over 30 s before (SECURITY.md has the before and after, and
/// bench/scaling.sh the n and 2n timings): each now finishes, with the right output, within the
/// hang guard. The fast paths are compared with the plain implementations they replaced.
/// </summary>
public class LinearTimeTests
{
    [Fact]
    public void Forty_thousand_equal_headings_get_the_suffixes_in_order()
    {
        var body = string.Concat(Enumerable.Repeat("## a\n\n", 40_000));

        var (essay, diagnostics) = Read(FrontMatter + "\n" + body);

        Assert.Empty(diagnostics);
        Assert.Equal(["a", .. Enumerable.Range(1, 39_999).Select(n => $"a-{n}")], essay.Body.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Suffixes_from_the_counter_are_those_of_a_search_from_one()
    {
        var random = new Random(15);
        string[] words = ["a", "a 1", "a-1", "a 2", "main", "main 1", "b", "section", "", "top"];
        for (var round = 0; round < 200; round++)
        {
            var titles = Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[random.Next(words.Length)]).ToList();
            var body = string.Concat(titles.Select(t => t.Length == 0 ? "## *\n\n" : $"## {t}\n\n"));

            var (essay, _) = Read(FrontMatter + "\n" + body);

            Assert.Equal(ReferenceIds(essay.Body.Headings.Select(h => Text.Slug.FromText(h.Title))), essay.Body.Headings.Select(h => h.Id));
        }
    }

    [Fact]
    public void Ten_thousand_keywords_against_a_thousand_long_headings_select_the_passages_that_match()
    {
        var keywords = Enumerable.Range(0, 10_500).Select(i => $"k{i:x4}").ToList();
        var words = string.Join(' ', Enumerable.Range(0, 110).Select(i => $"word{i:D3}"));
        var titles = Enumerable.Range(0, 1_150).Select(h => h == 700 ? $"{h} {words} K28A0s" : $"{h} {words}").ToList();
        var matcher = new KeywordMatcher(keywords);

        var matching = Bounded(() => titles.Where(matcher.Mentions).ToList(), seconds: 10);

        Assert.Equal([titles[700]], matching);
    }

    [Fact]
    public void The_keyword_tree_agrees_with_matching_keyword_by_keyword()
    {
        var random = new Random(16);
        string[] pieces = ["tech", "Technolog", "TECHNOLOGY", "war", "wartime support", "Wartime", "support", "ßtraße", "İstanbul", "ǅemal", "𐐨𐐩", "𐐀", "-", " ", "a1", "1a", "é", "É"];
        string Phrase(int most) => string.Concat(Enumerable.Range(0, random.Next(0, most)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : "")));
        for (var round = 0; round < 2_000; round++)
        {
            var keywords = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Phrase(3)).ToList();
            var title = Phrase(8);

            Assert.True(ReferenceMentions(title, keywords) == new KeywordMatcher(keywords).Mentions(title), $"'{title}' with [{string.Join(", ", keywords)}]");
        }
    }

    [Fact]
    public void A_site_with_ten_thousand_keywords_builds_and_links_the_matching_passage()
    {
        // Written without spaces: 10,500 keywords just fit the 64 KiB front-matter limit.
        var keywords = string.Join(",", Enumerable.Range(0, 10_500).Select(i => $"k{i:x4}"));
        var words = string.Join(' ', Enumerable.Range(0, 110).Select(i => $"word{i:D3}"));
        var headings = string.Concat(Enumerable.Range(0, 1_150).Select(h => h == 3 ? $"## Matching k0010 {words}\n\n" : $"## {h} {words}\n\n"));
        using var site = TempSite.WithFiles(("content/essays/e.md", "---\ntitle: E\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\n" + headings));
        site.Write("content/topics/diplomacy.md", $"---\ntitle: Diplomacy\nsummary: About diplomacy.\nkeywords: [{keywords}]\n---\n\nIntro.\n");

        var result = Bounded(() => SiteBuilder.Check(site.Options()), seconds: 60);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var topic = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "topics/diplomacy/index.html").Content);
        Assert.Contains("#matching-k0010-word000", topic, StringComparison.Ordinal);
        Assert.DoesNotContain("#3-word000", topic, StringComparison.Ordinal);
    }

    /// <summary>The matching PassageSelector did before the keyword tree: every keyword searched through the title.</summary>
    private static bool ReferenceMentions(string title, IReadOnlyList<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            var word = keyword.Trim();
            for (var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0 && word.Length > 0; at = title.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !char.IsLetterOrDigit(title[at - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The suffixes AnchorAssigner gave before its counter: `base-n` for the first free n from 1.</summary>
    private static List<string> ReferenceIds(IEnumerable<string> slugs)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var slug in slugs)
        {
            var baseId = slug.Length > 0 ? slug : "section";
            var id = baseId;
            for (var n = 1; Markdown.Anchors.AnchorAssigner.ReservedIds.Contains(id) || !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            ids.Add(id);
        }

        return ids;
    }
}
