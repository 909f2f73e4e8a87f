using Alliances.Site.Linking;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Linking;

public class PassageTests
{
    private const string Body = "\n# Title\n\nIntro.\n\n## Technological Partnerships\n\nText.\n\n1. **Intelligence Sharing:** text.\n2. **Political Support:** text.\n";

    private static string Essay(string passages) =>
        $"---\ndate: 2024-01-01\nsummary: S.\ntopics: [technology, intelligence, diplomacy]\n{passages}---\n{Body}";

    [Fact]
    public void Explicit_passages_choose_the_anchors_per_topic()
    {
        using var site = TempSite.WithFiles(("content/essays/e.md", Essay("passages:\n  diplomacy: [political-support, intelligence-sharing]\n")));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = result.Site!.Essays.Single();
        Assert.Equal(["intelligence-sharing", "political-support"], page.PassagesByTopic["diplomacy"].Select(p => p.Id));
    }

    [Fact]
    public void Without_explicit_passages_topic_keywords_match_headings_and_lead_ins()
    {
        using var site = TempSite.WithFiles(("content/essays/e.md", Essay("")));
        site.Write("content/topics/technology.md", "---\ntitle: Technology\nsummary: S.\nkeywords: [technolog]\n---\n\nIntro.\n");

        var page = site.Build().Site!.Essays.Single();

        Assert.Equal(["technological-partnerships"], page.PassagesByTopic["technology"].Select(p => p.Id));
        Assert.Equal(["intelligence-sharing"], page.PassagesByTopic["intelligence"].Select(p => p.Id));
        Assert.Empty(page.PassagesByTopic["diplomacy"]);
    }

    [Fact]
    public void An_unknown_passage_anchor_is_an_error_with_a_suggestion()
    {
        using var site = TempSite.WithFiles(("content/essays/e.md", Essay("passages:\n  diplomacy: [political-suport]\n")));

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal(("ALL115", 6, 15), (error.Code, error.Line, error.Column));
        Assert.Contains("did you mean `political-support`?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Technological Exchange", "technolog", true)]
    [InlineData("Biotechnology", "technolog", false)]
    [InlineData("Support during Wartime", "wartime", true)]
    [InlineData("Anything", "", false)]
    public void Keywords_match_the_start_of_a_word(string title, string keyword, bool expected) =>
        Assert.Equal(expected, PassageSelector.Mentions(title, [keyword]));
}
