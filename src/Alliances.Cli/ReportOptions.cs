using System.CommandLine;

namespace Alliances.Cli;

public enum OutputFormat
{
    Text,
    GitHub,
    Json,
}

/// <summary>How `build` and `check` report: the diagnostics format and an optional previous build to compare with.</summary>
public sealed class ReportOptions
{
    public ReportOptions()
    {
        Format.AcceptOnlyFromAmong("text", "github", "json");
        // A mistyped folder would otherwise report every page as added; it is a usage error instead.
        Compare.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"--compare: there is no folder '{folder}' to compare with; give the output folder of an earlier build");
            }
        });
    }

    public Option<string> Format { get; } = new("--format")
    {
        Description = "How to print diagnostics: text (default), github (workflow commands, plus a summary in $GITHUB_STEP_SUMMARY) or json",
        DefaultValueFactory = _ => "text",
    };

    public Option<string?> Compare { get; } = new("--compare")
    {
        Description = "A previous build's output folder; the summary lists the pages added, changed and removed since",
    };

    public Option<bool> Timings { get; } = new("--timings")
    {
        Description = "Print how long each phase took (load, link, bodies, render, feeds, sitemap, search index, write) and what it allocated",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Compare);
        command.Options.Add(Timings);
    }

    public OutputFormat ReadFormat(ParseResult parsed) => parsed.GetValue(Format) switch
    {
        "github" => OutputFormat.GitHub,
        "json" => OutputFormat.Json,
        _ => OutputFormat.Text,
    };
}
