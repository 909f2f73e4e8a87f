using System.Text.Json;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>What the reports say when something is wrong: every problem by file and line, no made-up dates, no silent comparison.</summary>
public sealed class ReportDetailTests
{
    private static string BrokenLinks(int count) =>
        "---\ntitle: Links\ndate: 2026-01-12\nsummary: Broken links.\ntopics: [beta]\n---\n\n" +
        string.Concat(Enumerable.Range(1, count).Select(i => $"See [x{i}](missing-{i}.md).\n\n"));

    [Fact]
    public void The_step_summary_lists_every_problem_by_file_and_line_and_folds_all_after_fifty_under_their_count()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/links.md", BrokenLinks(60));
        var summary = temp.Of("summary.md");

        var (exit, _, _) = CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, CliRunner.SiteArgs(temp, "check", "--format", "github"));

        Assert.Equal(1, exit);
        var text = File.ReadAllText(summary);
        var file = temp.Of("content/essays/links.md");
        var items = text.Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal)).ToList();
        Assert.Equal(60, items.Count);
        Assert.StartsWith($"- `{file}:8`: ALL201 ", items[0], StringComparison.Ordinal);
        Assert.StartsWith($"- `{file}:{8 + (2 * 59)}`: ALL201 ", items[^1], StringComparison.Ordinal);
        var fold = text.IndexOf("<details><summary>10 more problems</summary>", StringComparison.Ordinal);
        Assert.True(fold > 0, text);
        Assert.Equal(50, text[..fold].Split('\n').Count(l => l.StartsWith("- `", StringComparison.Ordinal)));
        Assert.Contains("</details>", text[fold..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_list_of_problems_is_not_folded()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/links.md", BrokenLinks(2));
        var summary = temp.Of("summary.md");

        CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, CliRunner.SiteArgs(temp, "check", "--format", "github"));

        var text = File.ReadAllText(summary);
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("- `", StringComparison.Ordinal) && l.Contains(": ALL201 ", StringComparison.Ordinal)));
        Assert.DoesNotContain("<details>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_essay_whose_date_cannot_be_read_has_a_null_date_in_json_and_none_in_the_summary()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/feb.md", "---\ntitle: February\ndate: 2026-02-30\nsummary: No such day.\ntopics: [beta]\n---\n\nBody.\n");
        var summary = temp.Of("summary.md");

        var (exit, json, _) = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--format", "json"));
        CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, CliRunner.SiteArgs(temp, "check", "--format", "github"));

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(json);
        var essays = document.RootElement.GetProperty("essays").EnumerateArray().ToList();
        var february = essays.Single(e => e.GetProperty("slug").GetString() == "feb");
        Assert.Equal(JsonValueKind.Null, february.GetProperty("date").ValueKind);
        Assert.All(essays.Where(e => e.GetProperty("slug").GetString() != "feb"), e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.GetProperty("date").GetString()));
        var text = File.ReadAllText(summary);
        Assert.DoesNotContain("0001-01-01", text, StringComparison.Ordinal);
        Assert.Contains("| February | (no valid date) |", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Comparing_with_a_folder_that_does_not_exist_is_a_usage_error(string command)
    {
        using var temp = TempSite.FromFixtureBase();
        var missing = temp.Of("no-such-site");

        var more = command == "build" ? new[] { "--output", temp.Of("out"), "--compare", missing } : ["--compare", missing];
        var (exit, _, err) = CliRunner.Run(CliRunner.SiteArgs(temp, command, more));

        Assert.Equal(2, exit);
        Assert.Contains($"--compare: there is no folder '{missing}'", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Of("out")));
    }
}
