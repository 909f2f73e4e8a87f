using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Cli;

/// <summary>Each content mistake gives exit 1, one positioned line per problem, and leaves the previous site untouched.</summary>
public class BuildErrorTests
{
    private const string GoodEssay = """
        ---
        date: 2024-05-01
        summary: A good essay.
        topics: [intelligence]
        ---

        # Good

        ## Section One

        Text with a [link](other.md#part-two).
        """;

    private const string Other = """
        ---
        title: Other
        date: 2024-04-01
        summary: Another essay.
        topics: [diplomacy]
        ---

        ## Part Two

        Text.
        """;

    private static TempSite SiteWithPreviousBuild(out SortedDictionary<string, string> before)
    {
        var site = TempSite.WithFiles(("content/essays/good.md", GoodEssay), ("content/essays/other.md", Other));
        var first = CliRunner.Build(site);
        Assert.True(first.ExitCode == 0, first.Stderr);
        before = TempSite.Manifest(site.Output);
        return site;
    }

    private static void AssertFailsWith(TempSite site, SortedDictionary<string, string> before, string file, int line, int column, string code)
    {
        var run = CliRunner.Build(site);

        Assert.Equal(1, run.ExitCode);
        var expected = $"{Path.Combine(site.Content, file).Replace('\\', '/')}:{line}:{column}: error {code}: ";
        Assert.Contains(run.ErrorLines, l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void Malformed_yaml_front_matter()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("summary: A good essay.", "summary: [not closed", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 3, 10, "ALL101");
    }

    [Fact]
    public void Missing_required_field()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("summary: A good essay.\n", "", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 1, 1, "ALL102");
    }

    [Fact]
    public void Unknown_topic_suggests_the_nearest()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("topics: [intelligence]", "topics: [inteligence]", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 4, 10, "ALL105");
        Assert.Contains("did you mean `intelligence`?", CliRunner.Build(site).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_link_to_a_missing_file()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("other.md#part-two", "othr.md", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 11, 13, "ALL201");
        Assert.Contains("did you mean `other.md`?", CliRunner.Build(site).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_link_to_a_missing_heading()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("#part-two", "#part-three", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 11, 13, "ALL202");
    }

    [Fact]
    public void All_problems_of_a_run_are_reported_together()
    {
        using var site = SiteWithPreviousBuild(out _);
        site.Write("content/essays/good.md", GoodEssay.Replace("topics: [intelligence]", "topics: [nope]", StringComparison.Ordinal).Replace("other.md", "gone.md", StringComparison.Ordinal));
        site.Write("content/essays/other.md", Other.Replace("date: 2024-04-01", "date: 2024-04-31", StringComparison.Ordinal));

        var run = CliRunner.Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["ALL103", "ALL105", "ALL201"], run.ErrorLines.Select(l => l.Split(" error ")[1][..6]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Template_errors_carry_the_template_position()
    {
        using var site = SiteWithPreviousBuild(out var before);
        var path = Path.Combine(site.Templates, "topic.html");
        File.WriteAllText(path, "line one\n{{ if }}\n");

        var run = CliRunner.Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(path.Replace('\\', '/') + ":2:", StringComparison.Ordinal) && l.Contains("ALL301", StringComparison.Ordinal));
        Assert.Equal(before, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void Unknown_template_variable_is_a_positioned_error()
    {
        using var site = SiteWithPreviousBuild(out var before);
        File.AppendAllText(Path.Combine(site.Templates, "404.html"), "\n{{ page.no_such_member }}\n");

        var run = CliRunner.Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("404.html:", StringComparison.Ordinal) && l.Contains("ALL301", StringComparison.Ordinal));
        Assert.Equal(before, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void Wrong_usage_exits_with_2()
    {
        Assert.Equal(2, CliRunner.Run("build", "--no-such-option").ExitCode);
        Assert.Equal(2, CliRunner.Run("no-such-command").ExitCode);
    }

    [Fact]
    public void Refuses_to_replace_the_content_folder()
    {
        using var site = TempSite.WithFiles(("content/essays/other.md", Other));

        var run = CliRunner.Run("build", "--content", site.Content, "--templates", site.Templates, "--output", site.Content);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ALL401", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Content, "essays", "other.md")));
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = TempSite.WithFiles(("content/essays/other.md", Other));

        var run = CliRunner.Run("check", "--content", site.Content, "--templates", site.Templates);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }
}
