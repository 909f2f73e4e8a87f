using Alliances.Site;
using Alliances.Site.Output;

namespace Alliances.Cli;

/// <summary>Prints a build or check result in the chosen format and writes the step summary.</summary>
public sealed class RunOutput(OutputFormat format, string? compareWith, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
{
    /// <summary>Prints the diagnostics; returns false when the run failed (the caller returns exit code 1).</summary>
    public bool Report(string command, BuildResult result)
    {
        var comparison = compareWith is not null && result.Files.Count > 0 ? OutputComparison.Compare(result.Files, compareWith) : null;
        switch (format)
        {
            case OutputFormat.Json:
                stdout.WriteLine(JsonFormat.Document(command, result, comparison));
                break;
            case OutputFormat.GitHub:
                GitHubFormat.Write(result.Diagnostics, stdout);
                WriteStepSummary(command, result, comparison);
                break;
            default:
                Cli.Report.Diagnostics(result.Diagnostics, stderr);
                break;
        }

        if (!result.Succeeded && format != OutputFormat.Json)
        {
            stderr.WriteLine(Cli.Report.Failure(result));
        }

        return result.Succeeded;
    }

    /// <summary>The one-line result; JSON output carries it in the document instead.</summary>
    public void Line(string line)
    {
        if (format != OutputFormat.Json)
        {
            stdout.WriteLine(line);
        }
    }

    private void WriteStepSummary(string command, BuildResult result, OutputComparison? comparison)
    {
        if (environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } path)
        {
            // Appended, as GitHub expects: several steps may write to the same summary.
            File.AppendAllText(path, StepSummary.Markdown(command, result, comparison));
        }
    }
}
