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

    /// <summary>
    /// An essay's date as YYYY-MM-DD, or null when its front-matter had none that could be read (the
    /// loader leaves the default then, and reports the mistake): reports say "no date" rather than
    /// show year 1 as if it were one.
    /// </summary>
    public static string? DateOf(Alliances.Site.Model.Essay essay) =>
        essay.Date == default ? null : essay.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Failure(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"Failed with {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")} and {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}; nothing was written.");
}
