using System.CommandLine;
using System.Globalization;
using Alliances.Site;

namespace Alliances.Cli;

/// <summary>Parses arguments, calls the library, prints diagnostics, returns the exit code.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>, reading GITHUB_STEP_SUMMARY through <paramref name="environment"/> (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var root = new RootCommand("Alliances: builds the essay site from content/ and templates/.");
        var options = new SiteOptions();
        var report = new ReportOptions();
        root.Subcommands.Add(BuildCommand(options, report, stdout, stderr, environment));
        root.Subcommands.Add(CheckCommand(options, report, stdout, stderr, environment));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(options, stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"alliances: {error.Message}");
            }

            stderr.WriteLine("Run 'alliances --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command BuildCommand(SiteOptions options, ReportOptions report, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var command = new Command("build", "Build the site into the output folder (replaced only when the build succeeds).");
        options.AddTo(command, withOutput: true);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var output = new RunOutput(report.ReadFormat(parsed), parsed.GetValue(report.Compare), stdout, stderr, environment) { Timings = parsed.GetValue(report.Timings) };
            var result = SiteBuilder.Build(options.Read(parsed));
            var succeeded = output.Report("build", result);
            if (succeeded)
            {
                var written = result.Written is { } w ? $" ({w.Written} files written, {w.Unchanged} unchanged)" : string.Empty;
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"Built {result.Site!.Essays.Count} essays, {result.Site.Topics.Count} topics, {result.PageCount} pages in {result.Elapsed.TotalMilliseconds:F0} ms into {parsed.GetValue(options.Output)}{written}"));
            }

            output.PhaseTimes(result);
            return succeeded ? Success : ContentErrors;
        });
        return command;
    }

    private static Command CheckCommand(SiteOptions options, ReportOptions report, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var command = new Command("check", "Validate content and templates as a build would, without writing anything.");
        options.AddTo(command, withOutput: false);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var output = new RunOutput(report.ReadFormat(parsed), parsed.GetValue(report.Compare), stdout, stderr, environment) { Timings = parsed.GetValue(report.Timings) };
            var result = SiteBuilder.Check(options.Read(parsed));
            var succeeded = output.Report("check", result);
            if (succeeded)
            {
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"Checked {Cli.Report.EssayCounts(result.Site!)} and {result.Site!.Topics.Count} topics: no errors, {result.WarningCount} warnings ({result.Elapsed.TotalMilliseconds:F0} ms)"));
            }

            output.PhaseTimes(result);
            return succeeded ? Success : ContentErrors;
        });
        return command;
    }
}
