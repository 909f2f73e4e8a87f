using System.Globalization;
using System.Text.Json;
using Alliances.Cli;

namespace Alliances.Site.Tests.Editors;

/// <summary>Every fixture's diagnostics, as each of the three formats prints them: the same file, line, column and code.</summary>
public sealed class FixtureFormatTests
{
    public static TheoryData<string> Fixtures() => [.. DiagnosticsFixture.Names()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Text_github_and_json_formats_carry_each_diagnostic_at_its_place(string name)
    {
        var (_, result) = new DiagnosticsFixture(name).Run();
        var text = new StringWriter();
        Report.Diagnostics(result.Diagnostics, text);
        var github = new StringWriter();
        GitHubFormat.Write(result.Diagnostics, github);
        using var json = JsonDocument.Parse(JsonFormat.Document("check", result, null));
        var jsonDiagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();

        Assert.NotEmpty(result.Diagnostics);
        Assert.Equal(result.Diagnostics.Count, jsonDiagnostics.Count);
        for (var i = 0; i < result.Diagnostics.Count; i++)
        {
            var d = result.Diagnostics[i];
            var severity = d.IsError ? "error" : "warning";
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{d.Path}:{d.Line}:{d.Column}: {severity} {d.Code}: {d.Message}"), text.ToString(), StringComparison.Ordinal);
            Assert.Contains(GitHubFormat.Command(d), github.ToString(), StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"::{severity} file={GitHubFormat.EscapeProperty(d.Path)},line={d.Line},col={d.Column},title={d.Code}::"), github.ToString(), StringComparison.Ordinal);
            var entry = jsonDiagnostics[i];
            Assert.Equal(d.Code, entry.GetProperty("code").GetString());
            Assert.Equal(d.Line, entry.GetProperty("line").GetInt32());
            Assert.Equal(d.Column, entry.GetProperty("column").GetInt32());
            Assert.Equal(d.Message, entry.GetProperty("message").GetString());
        }
    }
}
