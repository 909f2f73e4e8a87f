using Alliances.Site.Diagnostics;

namespace Alliances.Site.Output;

/// <summary>
/// The write phase. The new site is written into a staging folder beside the output (see
/// <see cref="StagedSite"/>) and swapped in only when complete, so a failed or killed build leaves
/// the previous site as it was.
/// </summary>
public static class SiteWriter
{
    /// <summary>Starts a new site beside the output; null (reported) when the output's folder cannot be prepared.</summary>
    public static StagedSite? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $"{LeftoverPrefix(name, Staging)}{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            // Inside the try: the parent may be a file or unwritable, which is a reported failure, not a crash.
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            return new StagedSite(staging, output, outputDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Report(new SourceLocation(outputDirectory, 1, 1), DiagnosticCodes.OutputFailed, $"could not write the site: {e.Message}");
            TryDelete(staging);
            return null;
        }
    }

    /// <summary>Writes files already in memory as a whole new site.</summary>
    public static WriteStats? Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        if (Begin(outputDirectory, diagnostics) is not { } site)
        {
            return null;
        }

        site.AddRange(files);
        return site.Commit(diagnostics);
    }

    internal static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (NativeFileSystem.TryExchange(staging, output))
        {
            TryDelete(staging);
            return;
        }

        // Without an atomic exchange there is a brief moment with no output; a leftover previous site
        // is restored by the next run (see RemoveLeftovers).
        var parent = Path.GetDirectoryName(output)!;
        var previous = Path.Combine(parent, $"{LeftoverPrefix(Path.GetFileName(output), Previous)}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.Move(output, previous);
        Directory.Move(staging, output);
        TryDelete(previous);
    }

    private const string Staging = "staging";
    private const string Previous = "previous";

    /// <summary>
    /// The start of a staging or previous-site folder's name: hidden, and spelled so that no one
    /// names a folder of their own that way (`.{output}.alliances-staging-{pid}-{guid}`).
    /// </summary>
    private static string LeftoverPrefix(string output, string kind) => $".{output}.alliances-{kind}-";

    /// <summary>
    /// Clears what a killed build left behind, restoring the previous site if it was mid-swap. Only a
    /// folder with the generator's name pattern *and* its marker is touched, and only when its build
    /// is gone: the marker is not locked and the process id in its name is not running. A user's
    /// `site.old-backup/` or `.site.staging-notes/` beside the output is never looked at.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var previous in Leftovers(parent, name, Previous).Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(output))
            {
                Directory.Move(previous, output);
            }
            else
            {
                TryDelete(previous);
            }
        }

        foreach (var staging in Leftovers(parent, name, Staging))
        {
            TryDelete(staging);
        }
    }

    private static IEnumerable<string> Leftovers(string parent, string name, string kind)
    {
        var prefix = LeftoverPrefix(name, kind);
        return Directory.EnumerateDirectories(parent, prefix + "*")
            .Where(folder => FileStat.Of(folder, followLinks: false).Kind == FileKind.Directory
                && SiteMarker.IsIn(folder)
                && !OwnerIsRunning(Path.GetFileName(folder), prefix)
                && !SiteMarker.IsLocked(folder))
            .ToList();
    }

    /// <summary>Whether the folder named "{prefix}{pid}-{guid}" belongs to another process that is still running.</summary>
    private static bool OwnerIsRunning(string folderName, string prefix)
    {
        var rest = folderName.AsSpan(prefix.Length);
        var dash = rest.IndexOf('-');
        if (dash <= 0 || !int.TryParse(rest[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
            || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run removes it.
        }
    }
}

public sealed record WriteStats(int Written, int Unchanged);
