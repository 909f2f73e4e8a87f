using System.Text;

namespace Alliances.Site.Diagnostics;

/// <summary>
/// docs/diagnostics.md, made from <see cref="DiagnosticCodes.All"/> so the table cannot drift from
/// the code; a test fails when the committed file differs from this text.
/// </summary>
public static class DiagnosticsDocument
{
    public static string Markdown()
    {
        var md = new StringBuilder();
        md.Append("# Diagnostics\n\n");
        md.Append("<!-- Made from src/Alliances.Site/Diagnostics/DiagnosticCodes.cs; do not edit by hand.\n");
        md.Append("     After changing a code, run: ALLIANCES_UPDATE_DOCS=1 dotnet test Alliances.sln --filter DiagnosticsDocumentTests -->\n\n");
        md.Append("Every problem `alliances check` and `alliances build` report has a position, a severity and a\n");
        md.Append("stable code:\n\n```text\ncontent/essays/five-eyes.md:5:10: error ALL105: unknown topic 'inteligence'; did you mean `intelligence`? (known topics: ...)\n```\n\n");
        md.Append("An **error** fails the check and the build; a **warning** does not, but should be fixed or explained.\n");
        md.Append("With `--format github` each one becomes an annotation on its line in the pull request.\n");
        md.Append("Codes are never renumbered or reused.\n\n");
        md.Append("| code | severity | what it means | how to fix it |\n|---|---|---|---|\n");
        foreach (var code in DiagnosticCodes.All)
        {
            md.Append("| <a id=\"").Append(code.Id.ToLowerInvariant()).Append("\"></a>").Append(code.Id)
                .Append(" | ").Append(code.Severity == Severity.Error ? "error" : "warning")
                .Append(" | ").Append(Cell(code.Title))
                .Append(" | ").Append(Cell(code.Fix)).Append(" |\n");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
