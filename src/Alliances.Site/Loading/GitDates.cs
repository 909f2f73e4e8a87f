using System.Diagnostics;
using System.Globalization;
using Alliances.Site.Diagnostics;
using Alliances.Site.Model;

namespace Alliances.Site.Loading;

/// <summary>
/// Fills in `updated` from git for essays that do not set it: the date of the last commit that
/// touched the file. One `git log` call reads the whole history of content/essays once. In a
/// shallow clone the dates would be wrong (every file "changed" in the one commit), so it warns
/// (ALL120) instead of guessing. Outside a git repository, or without git, it does nothing.
/// </summary>
public static class GitDates
{
    public static IReadOnlyList<Essay> Apply(string contentDirectory, IReadOnlyList<Essay> essays, DiagnosticBag diagnostics) =>
        Apply(Read(contentDirectory), essays, diagnostics);

    /// <summary>
    /// Asks git for the history, on a thread of its own: the loader starts this before it parses the
    /// files, so the two git processes run while the essays are read instead of after.
    /// </summary>
    public static Task<GitHistory?> ReadAsync(string contentDirectory) => Task.Run(() => Read(contentDirectory));

    public static IReadOnlyList<Essay> Apply(GitHistory? history, IReadOnlyList<Essay> essays, DiagnosticBag diagnostics)
    {
        var undated = essays.Where(e => e.Updated is null).ToList();
        if (undated.Count == 0 || history is null)
        {
            return essays;
        }

        if (history.Shallow)
        {
            foreach (var essay in undated)
            {
                diagnostics.Report(SourceLocation.FileStart(essay.Source.DisplayPath), DiagnosticCodes.NoGitHistory,
                    "the essay has no 'updated' date and this is a shallow git clone, so its last change is unknown; set 'updated' or fetch the full history");
            }

            return essays;
        }

        var dates = history.LastChanged;
        return [.. essays.Select(e => e.Updated is null && dates.TryGetValue(e.Source.RelativePath, out var date) && date > e.Date ? e with { Updated = date } : e)];
    }

    /// <summary>The history of content/essays, or null outside a git repository or without git.</summary>
    public static GitHistory? Read(string contentDirectory)
    {
        if (Git(contentDirectory, "rev-parse", "--is-shallow-repository", "--absolute-git-dir", "--git-common-dir") is not { } answer)
        {
            return null;
        }

        var lines = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var folders = lines.Length == 3 ? new GitFolders(lines[1], Path.GetFullPath(Path.Combine(contentDirectory, lines[2]))) : null;
        if (lines.Length > 0 && lines[0] == "true")
        {
            return new GitHistory(Shallow: true, new Dictionary<string, DateOnly>()) { Folders = folders };
        }

        // `--relative` names files relative to the content folder, as ContentFile.RelativePath does.
        var log = Git(contentDirectory, "-c", "core.quotePath=false", "log", "--format=%x00%cs", "--name-only", "--relative", "--no-renames", "--", "essays");
        return log is null ? null : new GitHistory(Shallow: false, LastChanged(log)) { Folders = folders };
    }

    /// <summary>Reads `git log --format=%x00%cs --name-only` output, newest commit first: the first date seen per file wins.</summary>
    internal static Dictionary<string, DateOnly> LastChanged(string log)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\0'))
            {
                current = DateOnly.TryParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            }
            else if (line.Length > 0 && current is { } date)
            {
                dates.TryAdd(line, date);
            }
        }

        return dates;
    }

    private static string? Git(string directory, params string[] arguments)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}

/// <summary>What git knows of content/essays: whether the clone is shallow, and each file's last commit date.</summary>
public sealed record GitHistory(bool Shallow, IReadOnlyDictionary<string, DateOnly> LastChanged)
{
    /// <summary>Where the repository keeps its state, when git said (see <see cref="GitFolders.Stamp"/>).</summary>
    public GitFolders? Folders { get; init; }
}

/// <summary>A repository's folders: its own (`.git`, or a worktree's) and the one its worktrees share (refs, packs).</summary>
public sealed record GitFolders(string GitDirectory, string CommonDirectory)
{
    /// <summary>
    /// What changes when the history a checkout shows may have: HEAD (a checkout), the branch it names
    /// (a commit, an amend, a reset), the packed refs, the reftable and the shallow marker (a fetch).
    /// Read from a few small files, so a preview need not run git for every essay saved.
    /// </summary>
    public string Stamp()
    {
        var head = Read(Path.Combine(GitDirectory, "HEAD"));
        var branch = head.StartsWith("ref: ", StringComparison.Ordinal) ? Path.Combine(CommonDirectory, head[5..].Trim()) : null;
        return string.Join('|', head, Stat(branch), Stat(Path.Combine(CommonDirectory, "packed-refs")),
            Stat(Path.Combine(CommonDirectory, "reftable", "tables.list")), Stat(Path.Combine(CommonDirectory, "shallow")));
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string Stat(string? path) =>
        path is not null && new FileInfo(path) is { Exists: true } file ? $"{file.Length}@{file.LastWriteTimeUtc.Ticks}" : "-";
}
