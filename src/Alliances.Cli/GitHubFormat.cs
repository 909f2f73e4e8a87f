using System.Text;
using Alliances.Site.Diagnostics;

namespace Alliances.Cli;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands, which the pull request shows on the file's line:
/// `::error file=…,line=…,col=…,title=ALL102::message`. Escaping follows @actions/core.
/// </summary>
public static class GitHubFormat
{
    public static string Command(Diagnostic diagnostic) =>
        $"::{(diagnostic.IsError ? "error" : "warning")} " +
        $"file={EscapeProperty(diagnostic.Path)},line={diagnostic.Line},col={diagnostic.Column},title={EscapeProperty(diagnostic.Code)}" +
        $"::{EscapeData(diagnostic.Message)}";

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(Command(diagnostic));
        }
    }

    /// <summary>Workflow-command escaping, then the terminal escaping every format gets (ESC and BEL reach a log viewer too).</summary>
    public static string EscapeData(string value) =>
        Site.Diagnostics.PrintableText.OneLine(new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString());

    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
