using System.Globalization;
using Alliances.Site;
using Alliances.Site.Diagnostics;

namespace Alliances.Cli;

/// <summary>How diagnostics and results read in a terminal.</summary>
public static class Report
{
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string Failure(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"Failed with {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")} and {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}; nothing was written.");
}
