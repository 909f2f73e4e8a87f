using System.Text.Json;
using System.Text.RegularExpressions;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

/// <summary>`check`'s result line, step summary and JSON count published, draft and scheduled essays separately.</summary>
public sealed class CheckSummaryTests
{
    private const string Draft = "---\ntitle: Draft\ndate: 2026-01-12\nsummary: Not yet.\ntopics: [alpha]\ndraft: true\n---\n\nBody.\n";

    private static string Scheduled(string date) => $"---\ntitle: Later {date}\ndate: {date}\nsummary: Later.\ntopics: [alpha]\n---\n\nBody.\n";

    [Fact]
    public void The_result_line_counts_drafts_and_scheduled_essays_and_names_the_dates_soonest_first()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/draft.md", Draft);
        temp.Write("content/essays/later.md", Scheduled("2999-03-01"));
        temp.Write("content/essays/soon.md", Scheduled("2999-01-10"));

        var (exit, output, errors) = CliRunner.Run(CliRunner.SiteArgs(temp, "check"));

        Assert.True(exit == 0, errors);
        Assert.StartsWith("Checked 5 essays (2 published, 1 draft, 2 scheduled: 2999-01-10, 2999-03-01) and 2 topics: no errors, 0 warnings (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_unpublished_the_line_keeps_its_shape_for_scripts()
    {
        using var temp = TempSite.FromFixtureBase();

        var (exit, output, _) = CliRunner.Run(CliRunner.SiteArgs(temp, "check"));

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^Checked 2 essays \(2 published\) and 2 topics: no errors, 0 warnings \(\d+ ms\)$", RegexOptions.Multiline), output);
    }

    [Fact]
    public void Json_and_the_step_summary_list_drafts_and_scheduled_essays_with_their_files_and_dates()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/draft.md", Draft);
        temp.Write("content/essays/soon.md", Scheduled("2999-01-10"));
        var summary = temp.Of("summary.md");

        var (_, json, _) = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--format", "json"));
        CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, CliRunner.SiteArgs(temp, "check", "--format", "github"));

        using var document = JsonDocument.Parse(json);
        var scheduled = Assert.Single(document.RootElement.GetProperty("scheduled").EnumerateArray());
        Assert.Equal("2999-01-10", scheduled.GetProperty("date").GetString());
        Assert.EndsWith("content/essays/soon.md", scheduled.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("draft", Assert.Single(document.RootElement.GetProperty("drafts").EnumerateArray()).GetProperty("slug").GetString());
        var markdown = File.ReadAllText(summary);
        Assert.Contains("Of 4 essays (2 published, 1 draft, 1 scheduled: 2999-01-10), these are not published:", markdown, StringComparison.Ordinal);
        Assert.Contains("| Later 2999-01-10 | scheduled for 2999-01-10 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Draft | draft |", markdown, StringComparison.Ordinal);
    }
}
