using Alliances.Cli;

namespace Alliances.Site.Tests.Editors;

/// <summary>Runs the console in-process against a small site in a temp folder.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, name => environment?.GetValueOrDefault(name));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(null, args);

    /// <summary>Copies the diagnostics fixtures' small valid site and the repository's templates into <paramref name="temp"/>.</summary>
    public static void CopySite(TempFolder temp)
    {
        TempFolder.Copy(Path.Combine(DiagnosticsFixture.Folder, "_base", "content"), temp.Of("content"));
        TempFolder.Copy(RepoPaths.Of("templates"), temp.Of("templates"));
    }

    public static string[] SiteArgs(TempFolder temp, string command, params string[] more) =>
        [command, "--content", temp.Of("content"), "--templates", temp.Of("templates"), .. more];
}
