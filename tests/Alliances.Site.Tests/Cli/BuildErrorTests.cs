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

    // Which mistake gives which code at which position is the fixtures' job (Fixtures/Diagnostics, one
    // folder per code); these tests hold what the console adds: the exit code, the printed line, no
    // stack trace, and the previous site left as it was.
    [Fact]
    public void A_content_error_exits_1_with_a_positioned_line_and_leaves_the_previous_site()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.Write("content/essays/good.md", GoodEssay.Replace("topics: [intelligence]", "topics: [inteligence]", StringComparison.Ordinal));

        AssertFailsWith(site, before, "essays/good.md", 4, 10, "ALL105");
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
    public void Wrong_usage_exits_with_2()
    {
        Assert.Equal(2, CliRunner.Run("build", "--no-such-option").ExitCode);
        Assert.Equal(2, CliRunner.Run("no-such-command").ExitCode);
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
