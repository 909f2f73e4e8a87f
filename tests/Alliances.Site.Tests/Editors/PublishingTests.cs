using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>Drafts and future-dated essays through the console's --drafts and --future.</summary>
public sealed class PublishingTests
{
    private const string Draft = "---\ntitle: Draft\ndate: 2026-01-12\nsummary: Not yet.\ntopics: [alpha]\ndraft: true\n---\n\nBody.\n";
    private const string Future = "---\ntitle: Future\ndate: 2999-01-01\nsummary: Much later.\ntopics: [alpha]\n---\n\nBody.\n";

    [Theory]
    [InlineData(new string[0], false, false)]
    [InlineData(new[] { "--drafts" }, true, false)]
    [InlineData(new[] { "--future" }, false, true)]
    [InlineData(new[] { "--drafts", "--future" }, true, true)]
    public void Drafts_and_future_essays_are_built_only_when_asked_for(string[] flags, bool draftBuilt, bool futureBuilt)
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/draft.md", Draft);
        temp.Write("content/essays/future.md", Future);

        var (exit, _, errors) = CliRunner.Run(CliRunner.SiteArgs(temp, "build", ["--output", temp.Of("_site"), .. flags]));

        Assert.True(exit == 0, errors);
        Assert.Equal(draftBuilt, File.Exists(temp.Of("_site/essays/draft/index.html")));
        Assert.Equal(futureBuilt, File.Exists(temp.Of("_site/essays/future/index.html")));
        var topic = File.ReadAllText(temp.Of("_site/topics/alpha/index.html"));
        Assert.Equal(draftBuilt, topic.Contains("essays/draft/", StringComparison.Ordinal));
        Assert.Equal(futureBuilt, topic.Contains("essays/future/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_essay_linking_to_a_draft_is_an_error_unless_drafts_are_built()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/draft.md", Draft);
        temp.Write("content/essays/linker.md", "---\ntitle: Linker\ndate: 2026-01-12\nsummary: Links a draft.\ntopics: [alpha]\n---\n\nSee [the draft](draft.md).\n");

        var without = CliRunner.Run(CliRunner.SiteArgs(temp, "check"));
        var with = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--drafts"));

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("linker.md:8:5: error ALL119", without.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, with.ExitCode);
    }

    [Fact]
    public void An_output_folder_under_a_file_is_reported_not_a_crash()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("a-file", "not a folder");

        var (exit, _, errors) = CliRunner.Run(CliRunner.SiteArgs(temp, "build", "--output", temp.Of("a-file/site")));

        Assert.Equal(1, exit);
        Assert.Contains(temp.Of("a-file/site") + ":1:1: error ALL402", errors, StringComparison.Ordinal);
    }
}
