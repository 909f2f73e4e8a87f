using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>Messages that point at the fix: nearest topic and slug, aliases, and collisions naming both files.</summary>
public sealed class SuggestionAndTopicTests
{
    private static BuildResult Check(TempSite temp) =>
        SiteBuilder.Check(new BuildOptions { ContentDirectory = temp.Of("content"), TemplatesDirectory = temp.Of("templates"), Today = new DateOnly(2026, 6, 1) });

    private static TempSite Site()
    {
        var temp = TempSite.FromFixtureBase();
        return temp;
    }

    [Fact]
    public void An_unknown_topic_suggests_the_nearest_known_one()
    {
        using var temp = Site();
        temp.Write("content/essays/x.md", "---\ntitle: X\ndate: 2026-01-12\nsummary: S.\ntopics: [bета, betaa]\n---\n\nBody.\n");

        var messages = Check(temp).Diagnostics.Where(d => d.Code == "ALL105").Select(d => d.Message).ToList();

        Assert.Contains("unknown topic 'betaa'; did you mean `beta`? (known topics: alpha, beta)", messages);
    }

    [Fact]
    public void A_broken_link_to_an_essay_suggests_the_nearest_existing_one()
    {
        using var temp = Site();
        temp.Write("content/essays/x.md", "---\ntitle: X\ndate: 2026-01-12\nsummary: S.\ntopics: [alpha]\n---\n\nSee [one](onne.md) and [alpha](../topics/alpah.md).\n");

        var messages = Check(temp).Diagnostics.Where(d => d.Code == "ALL201").Select(d => d.Message).ToList();

        Assert.Equal(
        [
            "the link '../topics/alpah.md' points at 'topics/alpah.md', which does not exist; did you mean `../topics/alpha.md`?",
            "the link 'onne.md' points at 'essays/onne.md', which does not exist; did you mean `one.md`?",
        ], messages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_essay_may_name_a_topic_by_its_alias()
    {
        using var temp = Site();
        temp.Write("content/essays/x.md", "---\ntitle: X\ndate: 2026-01-12\nsummary: S.\ntopics: [first]\n---\n\nBody.\n");

        var result = Check(temp);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["alpha"], result.Site!.Essays.Single(e => e.Essay.Slug == "x").Topics.Select(t => t.Slug));
    }

    [Fact]
    public void An_alias_claimed_by_two_topics_is_an_error_naming_both_files()
    {
        using var temp = Site();
        temp.Write("content/topics/gamma.md", "---\ntitle: Gamma\nsummary: Third.\naliases: [first]\n---\n\nIntro.\n");

        var diagnostic = Assert.Single(Check(temp).Diagnostics);

        Assert.Equal("ALL112", diagnostic.Code);
        Assert.Equal(temp.Of("content/topics/gamma.md"), diagnostic.Path);
        Assert.Contains(temp.Of("content/topics/alpha.md"), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_essays_at_one_url_is_an_error_naming_both_files()
    {
        using var temp = Site();
        temp.Write("content/essays/uno.md", "---\ntitle: Uno\nslug: one\ndate: 2026-01-12\nsummary: S.\ntopics: [alpha]\n---\n\nBody.\n");

        var diagnostic = Assert.Single(Check(temp).Diagnostics);

        Assert.Equal("ALL112", diagnostic.Code);
        Assert.Equal(temp.Of("content/essays/uno.md"), diagnostic.Path);
        Assert.Contains($"'{temp.Of("content/essays/one.md")}' would both be published at essays/one/", diagnostic.Message, StringComparison.Ordinal);
    }
}
