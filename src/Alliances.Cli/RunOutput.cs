using Alliances.Site;
using Alliances.Site.Output;

namespace Alliances.Cli;

/// <summary>Prints a build or check result in the chosen format and writes the step summary.</summary>
public sealed class RunOutput(OutputFormat format, string? compareWith, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
{
    /// <summary>Print each phase's time after the result line (`--timings`).</summary>
    public bool Timings { get; init; }

    /// <summary>Prints the diagnostics; returns false when the run failed (the caller returns exit code 1).</summary>
    public bool Report(string command, BuildResult result)
    {
        var comparison = compareWith is not null && result.Paths.Count > 0 ? OutputComparison.Compare(result.Paths, result.ContentOf, compareWith) : null;
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

    /// <summary>One line per phase, on standard error so that scripts reading the result line are unaffected.</summary>
    public void PhaseTimes(BuildResult result)
    {
        if (!Timings)
        {
            return;
        }

        stderr.WriteLine($"  {"phase",-14}{"time",11}{"cpu",11}{"allocated",14}{"heap after",14}{"GCs",6}{"GC pause",11}");
        foreach (var (phase, elapsed, cpu, allocated, heap, collections, paused) in result.Timings)
        {
            stderr.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  {phase,-14}{elapsed.TotalMilliseconds,8:F0} ms{cpu.TotalMilliseconds,8:F0} ms{allocated / 1048576.0,10:F1} MiB{heap / 1048576.0,10:F1} MiB{collections,6}{paused.TotalMilliseconds,8:F0} ms"));
        }

        // An unchanged image is never encoded again: a rebuild with no change should say 0 here.
        stderr.WriteLine($"  images: {result.ImagesEncoded} encoded, {result.ImagesReused} from the cache");
        stderr.WriteLine($"  cards: {result.CardsDrawn} drawn, {result.CardsReused} from the cache");
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
