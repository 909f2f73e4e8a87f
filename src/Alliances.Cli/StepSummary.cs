using System.Globalization;
using System.Text;
using Alliances.Site;
using Alliances.Site.Diagnostics;
using Alliances.Site.Output;

namespace Alliances.Cli;

/// <summary>
/// The Markdown a run writes to `$GITHUB_STEP_SUMMARY`: problems counted per code, what will be
/// published, and which pages change compared with a previous build.
/// </summary>
public static class StepSummary
{
    public static string Markdown(string command, BuildResult result, OutputComparison? comparison)
    {
        var md = new StringBuilder();
        var verdict = result.Succeeded ? "passed" : "failed";
        md.Append(CultureInfo.InvariantCulture, $"## Alliances `{command}` {verdict}: {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}\n\n");
        AppendCodes(md, result.Diagnostics);
        if (result.Site is { } site)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {Plural(site.Essays.Count, "essay")} will be published\n\n");
            md.Append("| essay | date | topics | file |\n|---|---|---|---|\n");
            foreach (var page in site.Essays)
            {
                var essay = page.Essay;
                md.Append(CultureInfo.InvariantCulture,
                    $"| {Escape(essay.Title)} | {Report.DateOf(essay) ?? "(no valid date)"} | {string.Join(", ", page.Topics.Select(t => t.Slug))} | `{essay.Source.DisplayPath}` |\n");
            }

            AppendUnpublished(md, site);
            md.Append("\n### Topics\n\n| topic | essays |\n|---|---|\n");
            foreach (var topicPage in site.TopicPages)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Escape(topicPage.Topic.Title)} (`{topicPage.Topic.Slug}`) | {topicPage.Essays.Count} |\n");
            }

            md.Append('\n');
        }

        AppendPages(md, result, comparison);
        return md.ToString();
    }

    /// <summary>Drafts and scheduled essays, so an essay that is not published is never a surprise.</summary>
    private static void AppendUnpublished(StringBuilder md, Alliances.Site.Model.LinkedSite site)
    {
        if (site.Drafts.Count + site.Scheduled.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"\nOf {Report.EssayCounts(site)}, these are not published:\n\n| essay | not published because | file |\n|---|---|---|\n");
        foreach (var essay in site.Scheduled)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(essay.Title)} | scheduled for {Report.DateOf(essay) ?? "(no valid date)"} | `{Code(essay.Source.DisplayPath)}` |\n");
        }

        foreach (var essay in site.Drafts)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(essay.Title)} | draft | `{Code(essay.Source.DisplayPath)}` |\n");
        }
    }

    private static void AppendCodes(StringBuilder md, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            md.Append("No problems found.\n\n");
            return;
        }

        md.Append("| code | severity | count | meaning |\n|---|---|---|---|\n");
        var titles = DiagnosticCodes.All.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
        foreach (var group in diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var severity = group.First().IsError ? "error" : "warning";
            md.Append(CultureInfo.InvariantCulture, $"| {group.Key} | {severity} | {group.Count()} | {Escape(titles.GetValueOrDefault(group.Key, ""))} |\n");
        }

        md.Append("\nEach problem is annotated on its line in the pull request's *Files changed* tab (GitHub shows the first few per step); all of them:\n\n");
        AppendProblems(md, diagnostics);
        md.Append("Every code is explained in `docs/diagnostics.md`.\n\n");
    }

    /// <summary>
    /// Every problem as `file:line: CODE message`: the first 50 in the open, the
    /// rest folded under a count, so a long list neither hides a problem nor buries the verdict.
    /// GitHub caps a step summary at 1 MiB, so past 2,000 the rest are only counted.
    /// </summary>
    private static void AppendProblems(StringBuilder md, IReadOnlyList<Diagnostic> diagnostics)
    {
        const int ShownOpen = 50;
        const int MostListed = 2000;
        var listed = Math.Min(diagnostics.Count, MostListed);
        for (var i = 0; i < listed; i++)
        {
            if (i == ShownOpen)
            {
                md.Append(CultureInfo.InvariantCulture, $"\n<details><summary>{Plural(diagnostics.Count - ShownOpen, "more problem")}</summary>\n\n");
            }

            var d = diagnostics[i];
            md.Append(CultureInfo.InvariantCulture, $"- `{Code(d.Path)}:{d.Line}`: {d.Code} {Escape(d.Message)}\n");
        }

        if (diagnostics.Count > MostListed)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {diagnostics.Count - MostListed} more (run `alliances check` to see them all)\n");
        }

        if (listed > ShownOpen)
        {
            md.Append("\n</details>\n");
        }

        md.Append('\n');
    }

    /// <summary>A path inside a code span: backticks would end it and line breaks would end the list item.</summary>
    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void AppendPages(StringBuilder md, BuildResult result, OutputComparison? comparison)
    {
        if (result.Paths.Count == 0)
        {
            return;
        }

        if (comparison is null)
        {
            md.Append(CultureInfo.InvariantCulture, $"### Pages\n\n{Plural(result.PageCount, "page")} ({Plural(result.Paths.Count, "file")} in all); no previous build was given to compare with (`--compare`).\n");
            return;
        }

        md.Append(CultureInfo.InvariantCulture,
            $"### Pages compared with the base\n\n{comparison.Added.Count} added, {comparison.Changed.Count} changed, {comparison.Removed.Count} removed, {comparison.Unchanged} unchanged.\n\n");
        AppendList(md, "Added", comparison.Added);
        AppendList(md, "Changed", comparison.Changed);
        AppendList(md, "Removed", comparison.Removed);
    }

    private static void AppendList(StringBuilder md, string label, IReadOnlyList<string> paths)
    {
        const int Shown = 50;
        if (paths.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"{label}:\n\n");
        foreach (var path in paths.Take(Shown))
        {
            md.Append(CultureInfo.InvariantCulture, $"- `{path.Replace("`", "", StringComparison.Ordinal)}`\n");
        }

        if (paths.Count > Shown)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {paths.Count - Shown} more\n");
        }

        md.Append('\n');
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Content text in a table cell: Markdown and HTML characters lose their meaning.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '!' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
