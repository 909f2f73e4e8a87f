using System.Diagnostics;

namespace Alliances.Site.Tests.Editors;

/// <summary>Runs git in a test folder with a fixed identity and commit dates, so results are reproducible.</summary>
internal static class GitRepo
{
    public static string Run(string directory, params string[] arguments) => RunAt(directory, null, arguments);

    /// <summary>Runs git with the author and committer date set to <paramref name="date"/> (YYYY-MM-DD) unless it is null.</summary>
    public static string RunAt(string directory, string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date + "T12:00:00Z";
            start.Environment["GIT_COMMITTER_DATE"] = date + "T12:00:00Z";
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {errors.Result}");
        return output;
    }

    public static void CommitAll(string directory, string date, string message)
    {
        Run(directory, "add", "-A");
        RunAt(directory, date, "commit", "-q", "-m", message);
    }
}
