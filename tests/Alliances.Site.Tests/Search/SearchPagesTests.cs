using System.Text;
using System.Text.Json;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Tests.Readers;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Search;

public sealed class SearchPagesTests
{
    [Fact]
    public void Every_section_of_a_common_word_is_reachable_through_its_shard_and_its_pages()
    {
        // 30 essays of 10 sections each: "alliance" is in all 300 (plus each essay's opening), "rare" in one.
        var files = Enumerable.Range(0, 30).Select(e =>
        {
            var body = new StringBuilder("Opening words.\n");
            for (var s = 0; s < 10; s++)
            {
                body.Append(FormattableString.Invariant($"\n## Part {s}\n\nThe alliance holds{(e == 7 && s == 3 ? ", rare" : "")} {string.Join(' ', Enumerable.Repeat("word", s + 1))}.\n"));
            }

            return ($"content/essays/essay-{e:D2}.md", ReaderSite.Essay($"Essay {e}", "2025-01-01", body: body.ToString()));
        }).ToArray();
        using var site = TempSite.WithFiles(files);
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));

        var alliance = Entry(site, "alliance");
        Assert.Equal(300, alliance[0]);
        Assert.Equal(2 + (SearchShards.InlinePostings * 3), alliance.Count);
        var page = JsonSerializer.Deserialize<List<int>>(site.ReadOutput($"search/o/{alliance[1]}.json"))!;
        Assert.Equal((300 - SearchShards.InlinePostings) * 3, page.Count);

        var all = Triples(alliance[2..]).Concat(Triples(page)).ToList();
        Assert.Equal(300, all.Select(p => (p.Essay, p.Section)).Distinct().Count());
        Assert.Equal(all.Select(p => p.Score).OrderDescending(), all.Select(p => p.Score));

        var rare = Entry(site, "rare");
        Assert.Equal([1, -1], rare[..2]);
        Assert.Equal(7, rare[2]);
    }

    private static List<int> Entry(TempSite site, string term)
    {
        using var manifest = JsonDocument.Parse(site.ReadOutput("search/manifest.json"));
        var starts = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var shard = starts.FindLastIndex(s => string.CompareOrdinal(s, term) <= 0);
        using var json = JsonDocument.Parse(site.ReadOutput($"search/i/{shard}.json"));
        return json.RootElement.GetProperty(term).EnumerateArray().Select(v => v.GetInt32()).ToList();
    }

    private static IEnumerable<(int Essay, int Section, int Score)> Triples(List<int> flat) =>
        Enumerable.Range(0, flat.Count / 3).Select(i => (flat[3 * i], flat[(3 * i) + 1], flat[(3 * i) + 2]));
}
