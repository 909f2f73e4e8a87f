using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Cli;

/// <summary>`--timings` lists every phase the run went through, on standard error, and nothing without it.</summary>
public class TimingsTests
{
    private const string Essay = """
        ---
        title: Timed
        date: 2024-05-01
        summary: An essay.
        topics: [intelligence]
        ---

        ## Section

        Text.
        """;

    [Fact]
    public void Build_prints_each_phase_after_the_result_line()
    {
        using var site = TempSite.WithFiles(("content/essays/timed.md", Essay));

        var run = CliRunner.Build(site, "--timings");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phases = lines.Skip(1).SkipLast(2).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(["templates", "assets", "load", "link", "render", "feeds", "sitemap", "search", "images", "cards", "write"], phases);
        Assert.All(lines.Skip(1).SkipLast(2), l => Assert.Matches(@"\d+ ms +\d+ ms +\d+\.\d MiB +\d+\.\d MiB +\d+ +\d+ ms$", l));
        Assert.Equal("images: 0 encoded, 0 from the cache", lines[^2]);
        Assert.Equal("cards: 1 drawn, 0 from the cache", lines[^1]);
        Assert.StartsWith("Built 1 essays", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_stops_before_writing_and_without_the_flag_prints_nothing()
    {
        using var site = TempSite.WithFiles(("content/essays/timed.md", Essay));

        var timed = CliRunner.Run("check", "--content", site.Content, "--templates", site.Templates, "--timings");
        var quiet = CliRunner.Run("check", "--content", site.Content, "--templates", site.Templates);

        Assert.Equal(0, timed.ExitCode);
        Assert.Contains("  search index", timed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("  write", timed.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, quiet.Stderr);
    }
}
