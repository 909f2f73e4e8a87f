using Alliances.Site.Incremental;
using Alliances.Site.Tests.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Linking;

/// <summary>Each scheduled essay is checked as of its own date (TempSite's today is 2030-01-01).</summary>
public sealed class ScheduledLinkTests
{
    private static (string, string) Essay(string slug, string date, string body = "Text.", bool draft = false) =>
        ($"content/essays/{slug}.md", $"---\ntitle: {slug}\ndate: {date}\nsummary: An essay.\ntopics: [intelligence]\n{(draft ? "draft: true\n" : "")}---\n\n{body}\n");

    [Fact]
    public void A_scheduled_essay_linking_to_an_essay_dated_after_it_is_an_error_now_that_names_both_dates()
    {
        using var site = TempSite.WithFiles(Essay("spring", "2031-03-01", "See [winter](winter.md)."), Essay("winter", "2031-12-01"));

        var error = Assert.Single(SiteBuilder.Check(site.Options()).Diagnostics);

        Assert.Equal(("ALL119", 8, 5), (error.Code, error.Line, error.Column));
        Assert.EndsWith("content/essays/spring.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("which is dated 2031-12-01; this essay is scheduled for 2031-03-01, and the site's build on that day would fail: date this essay on or after 2031-12-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheduled_essay_linking_to_a_draft_is_an_error_now()
    {
        using var site = TempSite.WithFiles(Essay("spring", "2031-03-01", "See [the draft](draft.md)."), Essay("draft", "2029-01-01", draft: true));

        var error = Assert.Single(SiteBuilder.Check(site.Options()).Diagnostics);

        Assert.Equal("ALL119", error.Code);
        Assert.Contains("which is a draft; this essay is scheduled for 2031-03-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2031-03-01")]
    [InlineData("2030-06-01")]
    [InlineData("2029-06-01")]
    public void A_scheduled_essay_may_link_to_essays_published_by_its_own_date(string targetDate)
    {
        using var site = TempSite.WithFiles(Essay("spring", "2031-03-01", "See [other](other.md)."), Essay("other", targetDate));

        Assert.Empty(SiteBuilder.Check(site.Options()).Diagnostics);
    }

    [Fact]
    public void Drafts_link_anywhere_and_with_future_essays_built_only_links_to_drafts_remain_errors()
    {
        using var site = TempSite.WithFiles(
            Essay("draft", "2031-03-01", "See [later](later.md).", draft: true),
            Essay("spring", "2031-03-01", "See [later](later.md) and [the draft](draft.md)."),
            Essay("later", "2031-12-01"));

        var future = SiteBuilder.Check(site.Options() with { IncludeFuture = true });

        var error = Assert.Single(future.Diagnostics);
        Assert.Equal(("ALL119", 8, 27), (error.Code, error.Line, error.Column));
        Assert.Contains("is a draft or dated in the future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_checks_scheduled_links_as_a_full_build_does_and_drops_the_error_when_the_target_is_dated_earlier()
    {
        using var site = TempSite.WithFiles(Essay("spring", "2031-03-01", "See [winter](winter.md)."), Essay("winter", "2031-12-01"));
        var builder = new IncrementalBuilder(site.Options());

        var first = builder.Build();
        Assert.Equal("ALL119", Assert.Single(first.Diagnostics).Code);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, first);

        var (path, text) = Essay("winter", "2031-02-01");
        site.Write(path, text);
        builder.Invalidate(Path.Combine(site.Root, path));
        var second = builder.Build();

        Assert.Empty(second.Diagnostics);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, second);
    }
}
