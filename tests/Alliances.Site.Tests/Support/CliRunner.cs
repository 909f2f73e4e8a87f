using Alliances.Cli;

namespace Alliances.Site.Tests.Support;

public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines =>
        [.. Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains(": error ", StringComparison.Ordinal))];
}

/// <summary>Runs the console in-process, capturing what it prints.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Build(TempSite site, params string[] extra) =>
        Run(["build", "--content", site.Content, "--templates", site.Templates, "--output", site.Output, .. extra]);
}
