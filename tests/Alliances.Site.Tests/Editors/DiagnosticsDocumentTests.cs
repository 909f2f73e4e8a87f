using Alliances.Site.Diagnostics;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

public sealed class DiagnosticsDocumentTests
{
    private static readonly string DocPath = RepoPaths.Of("docs", "diagnostics.md");

    [Fact]
    public void Docs_diagnostics_md_is_the_table_made_from_the_codes()
    {
        var expected = DiagnosticsDocument.Markdown();
        if (Environment.GetEnvironmentVariable("ALLIANCES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, expected);
        }

        var actual = File.Exists(DocPath) ? File.ReadAllText(DocPath).ReplaceLineEndings("\n") : "";

        Assert.True(expected == actual,
            "docs/diagnostics.md is out of date with DiagnosticCodes.cs; run: ALLIANCES_UPDATE_DOCS=1 dotnet test Alliances.sln --filter DiagnosticsDocumentTests");
    }

    [Fact]
    public void The_table_has_one_row_per_code_with_its_severity()
    {
        var rows = DiagnosticsDocument.Markdown().Split('\n').Where(l => l.StartsWith("| <a id=", StringComparison.Ordinal)).ToList();

        Assert.Equal(DiagnosticCodes.All.Count, rows.Count);
        foreach (var (code, row) in DiagnosticCodes.All.Zip(rows))
        {
            Assert.Contains($"</a>{code.Id} | {(code.Severity == Severity.Error ? "error" : "warning")} |", row, StringComparison.Ordinal);
        }
    }
}
