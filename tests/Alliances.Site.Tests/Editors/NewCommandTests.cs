using Alliances.Site.Scaffolding;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

public sealed class NewCommandTests
{
    [Fact]
    public void New_writes_a_draft_with_complete_front_matter_that_checks_cleanly()
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, output, _) = CliRunner.Run("new", "Five Eyes: the \"first\" decade", "--topics", "first,beta", "--content", temp.Of("content"));

        Assert.Equal(0, exit);
        Assert.Contains("five-eyes-the-first-decade.md", output, StringComparison.Ordinal);
        var text = File.ReadAllText(temp.Of("content/essays/five-eyes-the-first-decade.md"));
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("---\ntitle: \"Five Eyes: the \\\"first\\\" decade\"\ndate: " + today + "\n", text, StringComparison.Ordinal);
        Assert.Contains("topics: [alpha, beta]\n", text, StringComparison.Ordinal); // the alias became the topic's slug
        Assert.Contains($"summary: \"{EssayScaffold.SummaryPlaceholder}\"\n", text, StringComparison.Ordinal);
        Assert.Contains("draft: true\n", text, StringComparison.Ordinal);

        var check = SiteBuilder.Check(new BuildOptions
        {
            ContentDirectory = temp.Of("content"),
            TemplatesDirectory = temp.Of("templates"),
            IncludeDrafts = true,
            IncludeFuture = true,
        });
        Assert.Empty(check.Diagnostics);
        var page = Assert.Single(check.Site!.Essays, e => e.Essay.Slug == "five-eyes-the-first-decade");
        Assert.Equal("Five Eyes: the \"first\" decade", page.Essay.Title);
    }

    [Fact]
    public void New_output_builds_cleanly_without_the_draft_options_too()
    {
        using var temp = TempSite.FromFixtureBase();
        CliRunner.Run("new", "A Plain Title", "--topics", "alpha", "--content", temp.Of("content"));

        var (exit, _, errors) = CliRunner.Run(CliRunner.SiteArgs(temp, "build", "--output", temp.Of("_site")));

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.False(Directory.Exists(temp.Of("_site/essays/a-plain-title")), "a new essay is a draft until its summary is written");
    }

    [Fact]
    public void Publishing_a_new_essay_with_its_placeholder_summary_is_an_error()
    {
        using var temp = TempSite.FromFixtureBase();
        CliRunner.Run("new", "A Plain Title", "--topics", "alpha", "--content", temp.Of("content"));
        var file = temp.Of("content/essays/a-plain-title.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("draft: true\n", "", StringComparison.Ordinal));

        var (exit, _, errors) = CliRunner.Run(CliRunner.SiteArgs(temp, "check"));

        Assert.Equal(1, exit);
        Assert.Contains("a-plain-title.md:4:10: error ALL121", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_essay()
    {
        using var temp = TempSite.FromFixtureBase();
        var before = File.ReadAllText(temp.Of("content/essays/one.md"));

        var (exit, _, errors) = CliRunner.Run("new", "One", "--topics", "alpha", "--content", temp.Of("content"));

        Assert.Equal(1, exit);
        Assert.Contains("already exists", errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(temp.Of("content/essays/one.md")));
    }

    [Fact]
    public void New_refuses_an_unknown_topic_and_lists_the_known_ones()
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, _, errors) = CliRunner.Run("new", "Something", "--topics", "alpha,betta", "--content", temp.Of("content"));

        Assert.Equal(1, exit);
        Assert.Contains("unknown topic 'betta'; did you mean `beta`? (known topics: alpha, beta)", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Of("content/essays/something.md")));
    }

    [Theory]
    [InlineData("--topics", "alpha")]
    [InlineData("Title Without Topics")]
    [InlineData("!!!", "--topics", "alpha")]
    public void New_with_unusable_arguments_is_a_usage_error(params string[] args)
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, _, _) = CliRunner.Run(["new", .. args, "--content", temp.Of("content")]);

        Assert.Equal(2, exit);
        Assert.Equal(["one.md", "two.md"], Directory.EnumerateFiles(temp.Of("content/essays")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
