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

    /// <summary>
    /// How many essays a run saw and what becomes of each: "5 essays (3 published, 1 draft, 1
    /// scheduled: 2027-01-10)". The essays the scheduled build will publish are named by date, so an
    /// essay that is not on the site is never a surprise.
    /// </summary>
    public static string EssayCounts(Alliances.Site.Model.LinkedSite site)
    {
        const int DatesNamed = 5;
        var total = site.Essays.Count + site.Drafts.Count + site.Scheduled.Count;
        var parts = new List<string> { $"{site.Essays.Count} published" };
        if (site.Drafts.Count > 0)
        {
            parts.Add($"{site.Drafts.Count} draft{(site.Drafts.Count == 1 ? "" : "s")}");
        }

        if (site.Scheduled.Count > 0)
        {
            var dates = site.Scheduled.Take(DatesNamed).Select(e => DateOf(e) ?? "no date");
            var more = site.Scheduled.Count > DatesNamed ? $" and {site.Scheduled.Count - DatesNamed} more" : string.Empty;
            parts.Add($"{site.Scheduled.Count} scheduled: {string.Join(", ", dates)}{more}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{total} essay{(total == 1 ? "" : "s")} ({string.Join(", ", parts)})");
    }

    public static string Failure(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"Failed with {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")} and {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}; nothing was written.");
}
