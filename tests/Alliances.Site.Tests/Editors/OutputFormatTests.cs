using System.Text.Json;
using Alliances.Cli;
using Alliances.Site.Diagnostics;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

public sealed class OutputFormatTests
{
    [Fact]
    public void GitHub_format_prints_each_diagnostic_as_a_workflow_command_on_its_line()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/bad.md", "---\ntitle: Bad\ndate: 2026-01-12\nsummary: A topic is misspelt.\ntopics: [alpah]\nautors: [Jane]\n---\n\nBody.\n");

        var (exit, output, _) = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--format", "github"));

        Assert.Equal(1, exit);
        var file = temp.Of("content/essays/bad.md");
        var lines = output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            $"::error file={file},line=5,col=10,title=ALL105::unknown topic 'alpah'; did you mean `alpha`? (known topics: alpha, beta)",
            $"::warning file={file},line=6,col=1,title=ALL104::unknown front-matter key 'autors'; did you mean `authors`?",
        ], lines);
    }

    [Fact]
    public void GitHub_format_escapes_data_and_properties_as_the_actions_toolkit_does()
    {
        var diagnostic = new Diagnostic(new SourceLocation("content/essays/a,b:c%.md", 4, 9), Severity.Error, "ALL102", "50% done\r\nnext: line, here");

        Assert.Equal("::error file=content/essays/a%2Cb%3Ac%25.md,line=4,col=9,title=ALL102::50%25 done%0D%0Anext: line, here",
            GitHubFormat.Command(diagnostic));
    }

    [Fact]
    public void GitHub_format_writes_a_markdown_summary_when_the_step_summary_file_is_set()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/bad.md", "---\ntitle: \"Pipes | and *stars*\"\ndate: 2026-01-12\nsummary: Broken link.\ntopics: [beta]\n---\n\nSee [x](tow.md) and [y](tow.md).\n");
        var summary = temp.Of("summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var (exit, _, _) = CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, CliRunner.SiteArgs(temp, "check", "--format", "github"));

        Assert.Equal(1, exit);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n## Alliances `check` failed: 2 errors, 0 warnings\n", text, StringComparison.Ordinal);
        Assert.Contains("| ALL201 | error | 2 | A relative link points at a file that does not exist. |", text, StringComparison.Ordinal);
        Assert.Contains("### 3 essays will be published", text, StringComparison.Ordinal);
        Assert.Contains("| Pipes \\| and \\*stars\\* | 2026-01-12 | beta | `", text, StringComparison.Ordinal);
        Assert.Contains("| Beta (`beta`) | 2 |", text, StringComparison.Ordinal);
    }

    /// <summary>A check compares the pages it rendered in memory; a build, the pages it wrote (read back from disk).</summary>
    [Theory]
    [InlineData("check", null)]
    [InlineData("build", "new-site")]
    public void The_summary_lists_pages_added_and_changed_since_a_previous_build(string command, string? output)
    {
        using var temp = TempSite.FromFixtureBase();
        Assert.Equal(0, CliRunner.Run(CliRunner.SiteArgs(temp, "build", "--output", temp.Of("base-site"))).ExitCode);
        temp.Write("content/essays/three.md", "---\ntitle: Three\ndate: 2026-03-01\nsummary: A third essay.\ntopics: [beta]\n---\n\nBody.\n");
        var summary = temp.Of("summary.md");
        string[] writeTo = output is null ? [] : ["--output", temp.Of(output)];

        var (exit, _, _) = CliRunner.Run(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary },
            CliRunner.SiteArgs(temp, command, [.. writeTo, "--format", "github", "--compare", temp.Of("base-site")]));

        Assert.Equal(0, exit);
        var text = File.ReadAllText(summary);
        Assert.Contains("- `essays/three/index.html`", text, StringComparison.Ordinal);
        Assert.Contains("Changed:\n\n", text, StringComparison.Ordinal);
        Assert.Contains("- `topics/beta/index.html`", text, StringComparison.Ordinal);
        Assert.Contains("0 removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_one_stable_document_with_diagnostics_and_what_is_published()
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/bad.md", "---\ntitle: Bad\ndate: 2026-01-12\nsummary: A topic is misspelt.\ntopics: [alpah]\n---\n\nBody.\n");

        var first = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--format", "json"));
        var second = CliRunner.Run(CliRunner.SiteArgs(temp, "check", "--format", "json"));

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal("", first.Stderr);
        using var json = JsonDocument.Parse(first.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ALL105", diagnostic.GetProperty("code").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(10, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(temp.Of("content/essays/bad.md"), diagnostic.GetProperty("path").GetString());
        Assert.Equal(["two", "bad", "one"], root.GetProperty("essays").EnumerateArray().Select(e => e.GetProperty("slug").GetString()));
        Assert.Equal(["alpha", "beta"], root.GetProperty("topics").EnumerateArray().Select(e => e.GetProperty("slug").GetString()));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, errors) = CliRunner.Run("check", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("xml", errors, StringComparison.Ordinal);
    }
}
