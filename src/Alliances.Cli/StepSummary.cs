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
                    $"| {Escape(essay.Title)} | {essay.Date:yyyy-MM-dd} | {string.Join(", ", page.Topics.Select(t => t.Slug))} | `{essay.Source.DisplayPath}` |\n");
            }

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

        md.Append("\nEach problem is annotated on its line in the pull request's *Files changed* tab; every code is explained in `docs/diagnostics.md`.\n\n");
    }

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
