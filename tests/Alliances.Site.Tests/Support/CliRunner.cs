using Alliances.Cli;

namespace Alliances.Site.Tests.Support;

/// <summary>What one in-process run of the console returned and printed; deconstructs as <c>(exit, stdout, stderr)</c>.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines =>
        [.. Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains(": error ", StringComparison.Ordinal))];
}

/// <summary>Runs the console in-process, capturing what it prints.</summary>
public static class CliRunner
{
    /// <summary>
    /// Runs the console with <paramref name="environment"/> as its only environment variables (none when
    /// null), so a test never reads or writes the real GITHUB_STEP_SUMMARY of the machine running it.
    /// </summary>
    public static CliRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, name => environment?.GetValueOrDefault(name));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Run(params string[] args) => Run(null, args);

    /// <summary><c>build</c> of <paramref name="site"/> into its own output folder.</summary>
    public static CliRun Build(TempSite site, params string[] extra) =>
        Run(["build", "--content", site.Content, "--templates", site.Templates, "--output", site.Output, .. extra]);

    /// <summary>The arguments for <paramref name="command"/> on <paramref name="site"/>'s content and templates, then <paramref name="more"/>.</summary>
    public static string[] SiteArgs(TempSite site, string command, params string[] more) =>
        [command, "--content", site.Content, "--templates", site.Templates, .. more];
}
