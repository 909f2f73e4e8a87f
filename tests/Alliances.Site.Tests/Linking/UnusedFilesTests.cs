using Alliances.Site.Incremental;
using Alliances.Site.Linking;
using Alliances.Site.Tests.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Linking;

public sealed class UnusedFilesTests
{
    private const string Essay = "---\ntitle: Real\ndate: 2026-01-05\nsummary: An essay.\ntopics: [intelligence]\n---\n\nText.\n";

    [Theory]
    [InlineData("essays/notes.MD", "rename it to `notes.md`")]
    [InlineData("essays/five-eyes.markdown", "rename it to `five-eyes.md`")]
    [InlineData("essays/five-eyes.md.txt", "rename it to `five-eyes.md`")]
    [InlineData("essays/old/notes.md", "move it up to content/essays/ or rename it to index.md")]
    [InlineData("essays/bundle/notes.md", "an essay's folder holds one essay, its index.md; move it to content/essays/")]
    [InlineData("essays/a/b/notes.md", "move it up to content/essays/")]
    [InlineData("topics/extra/x.md", "move it up to content/topics/")]
    [InlineData("stray.md", "essays go in content/essays/; move it there")]
    [InlineData("essays/pics/unused.png", "is an image no essay shows")]
    [InlineData("essays/cover.psd", "move it out of content/")]
    public void Each_unused_file_is_told_what_to_do(string path, string advice)
    {
        Assert.Contains(advice, UnusedFiles.Advice(path, ["essays/bundle/index.md"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drafts/", "drafts/idea.txt", true)]
    [InlineData("drafts", "drafts/deep/idea.txt", true)]
    [InlineData("drafts", "drafts-old/idea.txt", false)]
    [InlineData("**/*.psd", "essays/cover.psd", true)]
    [InlineData("**/*.psd", "cover.psd", true)]
    [InlineData("*.psd", "essays/cover.psd", false)]
    [InlineData("essays/*.txt", "essays/a.txt", true)]
    [InlineData("essays/*.txt", "essays/sub/a.txt", false)]
    [InlineData("notes?.md", "notes1.md", true)]
    [InlineData("/notes.md", "notes.md", true)]
    public void Ignore_patterns_match_as_documented(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, UnusedFiles.Glob(pattern).IsMatch(path));
    }

    [Fact]
    public void A_misnamed_essay_is_a_warning_naming_it_and_the_essays_that_are_read_are_unaffected()
    {
        using var site = TempSite.WithFiles(("content/essays/real.md", Essay), ("content/essays/draft.MD", "---\ntitle: Draft\n---\n"));

        var result = SiteBuilder.Check(site.Options());

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("ALL122", warning.Code);
        Assert.Equal((1, 1), (warning.Line, warning.Column));
        Assert.EndsWith("content/essays/draft.MD", warning.Path, StringComparison.Ordinal);
        Assert.Equal("'essays/draft.MD' is not read: only files ending in `.md` (lowercase) are pages; rename it to `draft.md` (or list it under `ignore:` in site.yml)", warning.Message);
        Assert.Single(result.Site!.Essays);
    }

    [Fact]
    public void Images_an_essay_shows_are_used_and_an_image_no_essay_shows_is_reported()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/mapped/index.md", Essay + "\n![A map](map.png)\n\n![A chart](../../images/chart.png)\n"),
            ("content/essays/mapped/old-map.png", "x"),
            ("content/essays/.hidden/notes.txt", "x"),
            ("content/essays/one.md~", "x"));
        TestImages.Write(Path.Combine(site.Content, "essays/mapped/map.png"), TestImages.Png(40, 20));
        TestImages.Write(Path.Combine(site.Content, "images/chart.png"), TestImages.Png(40, 20));

        var result = SiteBuilder.Check(site.Options());

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("ALL122", warning.Code);
        Assert.Contains("'essays/mapped/old-map.png' is an image no essay shows", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_named_by_an_essay_that_failed_to_load_or_could_not_be_published_is_not_called_unused()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/broken/index.md", "---\ntitle: Broken\ndate: nope\n---\n\n![A map](map.png)\n"),
            ("content/essays/broken/map.png", "x"),
            ("content/essays/bad/index.md", Essay + "\n![A map](map.png)\n"),
            ("content/essays/bad/map.png", "not a png"));

        var result = SiteBuilder.Check(site.Options());

        Assert.NotEmpty(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ALL122");
    }

    [Fact]
    public void Ignored_files_are_not_reported_and_a_broken_site_yml_reports_no_file_unused()
    {
        using var site = TempSite.WithFiles(("content/essays/real.md", Essay), ("content/notes/idea.txt", "x"), ("content/essays/cover.psd", "x"));
        site.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")) + "ignore: [notes/, \"**/*.psd\"]\n");

        Assert.Empty(SiteBuilder.Check(site.Options()).Diagnostics);

        site.Write("content/site.yml", "title: Test\n");
        Assert.DoesNotContain(SiteBuilder.Check(site.Options()).Diagnostics, d => d.Code == "ALL122");
    }

    [Fact]
    public void The_preview_reports_a_stray_file_as_soon_as_it_appears_and_forgets_it_when_it_goes()
    {
        using var site = TempSite.WithFiles(("content/essays/real.md", Essay));
        var builder = new IncrementalBuilder(site.Options());
        Assert.Empty(builder.Build().Diagnostics);

        site.Write("content/essays/second.markdown", Essay);
        builder.Invalidate(Path.Combine(site.Content, "essays/second.markdown"));
        var result = builder.Build();

        Assert.Equal("ALL122", Assert.Single(result.Diagnostics).Code);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);
        File.Delete(Path.Combine(site.Content, "essays/second.markdown"));
        builder.Invalidate(Path.Combine(site.Content, "essays/second.markdown"));
        Assert.Empty(builder.Build().Diagnostics);
    }
}
