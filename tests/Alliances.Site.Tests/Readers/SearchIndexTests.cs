using System.Text.Json;
using Alliances.Site.Rendering.Search;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Readers;

public sealed class SearchIndexTests
{
    [Fact]
    public void Index_has_a_manifest_of_sorted_shards_each_holding_only_its_own_term_range()
    {
        using var site = ReaderSite.Build();
        using var manifest = JsonDocument.Parse(site.ReadOutput("search/manifest.json"));
        var starts = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.NotEmpty(starts);
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal(22, manifest.RootElement.GetProperty("essays").GetInt32());

        for (var i = 0; i < starts.Count; i++)
        {
            using var shard = JsonDocument.Parse(site.ReadOutput($"search/i/{i}.json"));
            foreach (var term in shard.RootElement.EnumerateObject())
            {
                Assert.True(string.CompareOrdinal(term.Name, starts[i]) >= 0, term.Name);
                Assert.True(i + 1 == starts.Count || string.CompareOrdinal(term.Name, starts[i + 1]) < 0, term.Name);
                var entry = term.Value.EnumerateArray().Select(v => v.GetInt32()).ToList();
                var flat = entry[2..];
                Assert.Equal(0, flat.Count % 3);
                Assert.Equal(entry[0], flat.Count / 3);
                Assert.Equal(-1, entry[1]);
                var scores = flat.Where((_, k) => k % 3 == 2).ToList();
                Assert.Equal(scores.OrderDescending(), scores);
            }
        }
    }

    [Fact]
    public void Index_links_every_section_to_an_anchor_that_exists_and_leaves_drafts_out()
    {
        using var site = ReaderSite.Build();
        var titles = new List<string>();
        for (var i = 0; i < 22; i++)
        {
            using var essay = SearchDocumentFiles.Read(site.Output, i);
            var path = essay.RootElement.GetProperty("path").GetString()!;
            titles.Add(essay.RootElement.GetProperty("title").GetString()!);
            var page = new HtmlParser().ParseDocument(site.ReadOutput(path + "index.html"));
            foreach (var section in essay.RootElement.GetProperty("sections").EnumerateArray())
            {
                var anchor = section[0].GetString()!;
                Assert.True(anchor.Length == 0 || page.GetElementById(anchor) is not null, $"{path}#{anchor}");
            }
        }

        Assert.Contains(ReaderSite.HostileTitle, titles);
        Assert.DoesNotContain("Secret draft", titles);
        Assert.DoesNotContain("From the future", titles);
        Assert.Equal(22, SearchDocumentFiles.Count(site.Output));
    }

    [Fact]
    public void Headings_and_lead_ins_become_their_own_sections()
    {
        using var site = Support.TempSite.WithFiles(("content/essays/one.md", ReaderSite.Essay("One", "2025-01-01",
            body: "Opening words.\n\n## First Part\n\nText of the first part.\n\n- **Intelligence Sharing:** spies share.\n- a plain item\n")));
        Assert.True(site.Build().Succeeded);
        using var essay = SearchDocumentFiles.Read(site.Output, 0);
        var sections = essay.RootElement.GetProperty("sections").EnumerateArray()
            .Select(s => (s[0].GetString(), s[1].GetString(), s[2].GetString())).ToList();
        Assert.Equal(
            [("", "", "Opening words."), ("first-part", "First Part", "Text of the first part."),
             ("intelligence-sharing", "Intelligence Sharing", "Intelligence Sharing: spies share. a plain item")],
            sections);
    }

    [Fact]
    public void Tokenizer_lowercases_splits_on_punctuation_drops_stop_words_and_folds_marks()
    {
        Assert.Equal(["counter", "terrorism", "nato", "2024", "etat"], SearchTokenizer.Terms("The Counter-Terrorism of NATO, in 2024: État!"));
    }

    [Fact]
    public void Search_page_works_without_javascript_by_listing_topics_and_loads_its_script_deferred()
    {
        using var site = ReaderSite.Build();
        var document = new HtmlParser().ParseDocument(site.ReadOutput("search/index.html"));
        var form = document.QuerySelector("main form[role=search]")!;
        Assert.Equal("./", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(document.QuerySelector("#search-status[aria-live=polite]"));
        Assert.Equal(4, document.QuerySelectorAll(".topic-grid li").Length);
        var script = Assert.Single(document.QuerySelectorAll("script[src]"));
        Assert.True(script.HasAttribute("defer"));
        Assert.StartsWith("../assets/search.js?v=", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(site.ReadOutput("essays/essay-01/index.html")).QuerySelectorAll("script[src]"));
    }
}
