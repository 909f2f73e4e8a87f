using System.Diagnostics;

namespace Alliances.Site.Tests.Hostile;

/// <summary>Runs the built console (alliances.dll beside the tests) as a real child process.</summary>
internal static class ChildBuild
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "alliances.dll");

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }

    public static (int ExitCode, string Stderr) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the child build hung");
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

}
