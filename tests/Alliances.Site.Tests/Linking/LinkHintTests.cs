using Alliances.Site.Incremental;
using Alliances.Site.Tests.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Linking;

/// <summary>Links an editor gets wrong in ways Markdown accepts: each is one message with the form that works.</summary>
public sealed class LinkHintTests
{
    private const string Target = "---\ntitle: Other\ndate: 2026-01-05\nsummary: An essay.\ntopics: [intelligence]\n---\n\n## A Part\n\nText.\n";

    private static Diagnostics.Diagnostic Single(string body, params (string, string)[] more)
    {
        using var site = TempSite.WithFiles([("content/essays/other-essay.md", Target), ("content/essays/self.md", Target.Replace("Other", "Self", StringComparison.Ordinal) + "\n" + body + "\n"), .. more]);
        var diagnostics = SiteBuilder.Check(site.Options()).Diagnostics;
        Assert.True(diagnostics.Count == 1, string.Join('\n', diagnostics));
        return diagnostics[0];
    }

    [Theory]
    [InlineData("[x](other-essay)", "write `other-essay.md`")]
    [InlineData("[x](other-essay/#a-part)", "write `other-essay.md#a-part`")]
    [InlineData("[x](../other-essay/)", "write `other-essay.md`")]
    [InlineData("[x](../../essays/other-essay/index.html)", "write `other-essay.md`")]
    [InlineData("[x](../topics/intelligence)", "write `../topics/intelligence.md`")]
    public void A_link_naming_a_page_without_md_suggests_the_md_form(string link, string fix)
    {
        var error = Single(link);

        Assert.Equal("ALL206", error.Code);
        Assert.Contains("names a page but not its file; " + fix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_bundle_essay_without_md_suggests_its_index_md()
    {
        var error = Single("[x](bundled)", ("content/essays/bundled/index.md", Target));

        Assert.Contains("write `bundled/index.md`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_sites_own_address_is_a_warning_with_the_relative_form()
    {
        var warning = Single("[x](https://example.org/alliances/essays/other-essay/#a-part)");

        Assert.Equal(("ALL207", 12, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Equal("the link 'https://example.org/alliances/essays/other-essay/#a-part' is to this site's own address; write it relatively, `other-essay.md#a-part`, so it is checked and works in every copy of the site (previews, a new address)", warning.Message);
    }

    [Fact]
    public void A_link_to_the_sites_own_address_is_checked_for_its_anchor()
    {
        using var site = TempSite.WithFiles(("content/essays/other-essay.md", Target), ("content/essays/self.md", Target + "\n[x](https://example.org/alliances/essays/other-essay/#a-prat)\n"));

        var codes = SiteBuilder.Check(site.Options()).Diagnostics.Select(d => d.Code);

        Assert.Equal(["ALL202", "ALL207"], codes.Order());
    }

    [Theory]
    [InlineData("[x](https://example.org/alliances/essays/other-esay/)", "no essay or topic is published there ('essays/other-esay/'); did you mean `other-essay.md`?")]
    [InlineData("[x](https://example.org/alliances/essays/draft/)", "'")]
    public void A_link_to_the_sites_own_address_that_names_no_published_page_is_an_error(string link, string part)
    {
        var error = Single(link, ("content/essays/draft.md", Target.Replace("topics:", "draft: true\ntopics:", StringComparison.Ordinal)));

        Assert.Equal("ALL208", error.Code);
        Assert.Contains(part, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](https://example.org/alliances/)")]
    [InlineData("[x](https://example.org/alliances/archive/)")]
    [InlineData("[x](https://example.org/elsewhere/essays/nothing/)")]
    [InlineData("[x](https://example.com/alliances/essays/nothing/)")]
    public void Other_addresses_are_left_alone(string link)
    {
        using var site = TempSite.WithFiles(("content/essays/self.md", Target + "\n" + link + "\n"));

        Assert.Empty(SiteBuilder.Check(site.Options()).Diagnostics);
    }

    [Theory]
    [InlineData("See [the other](other essay.md) now.", 5, "`[the other](other essay.md)` is not a link: its target has a space, so the page would show it as text; write `[the other](other%20essay.md)` or `[the other](<other essay.md>)`")]
    [InlineData("![A map](my map.png)", 1, "`![A map](my map.png)` is not an image: its target has a space, so the page would show it as text; write `![A map](my%20map.png)` or `![A map](<my map.png>)`")]
    public void A_link_target_with_a_space_is_an_error_with_the_encoded_and_bracketed_forms(string line, int column, string message)
    {
        var error = Single(line);

        Assert.Equal(("ALL209", 12, column), (error.Code, error.Line, error.Column));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("[x](other-essay.md \"A title\")")]
    [InlineData("`[x](a b)` in code")]
    [InlineData("[x](<other-essay.md>)")]
    [InlineData("```\n[x](a b)\n```")]
    public void Spaces_markdown_accepts_are_not_reported(string body)
    {
        using var site = TempSite.WithFiles(("content/essays/other-essay.md", Target), ("content/essays/self.md", Target + "\n" + body + "\n"));

        Assert.Empty(SiteBuilder.Check(site.Options()).Diagnostics);
    }

    [Fact]
    public void The_preview_checks_own_address_links_as_a_full_build_does_and_again_when_base_url_changes()
    {
        using var site = TempSite.WithFiles(("content/essays/other-essay.md", Target), ("content/essays/self.md", Target + "\n[x](https://example.net/essays/other-essay/)\n"));
        var builder = new IncrementalBuilder(site.Options());
        var first = builder.Build();
        Assert.Empty(first.Diagnostics);

        site.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")).Replace("https://example.org/alliances/", "https://example.net/", StringComparison.Ordinal));
        builder.Invalidate(Path.Combine(site.Content, "site.yml"));
        var second = builder.Build();

        Assert.Equal("ALL207", Assert.Single(second.Diagnostics).Code);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, second);
    }
}
