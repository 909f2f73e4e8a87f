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
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
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

        // Without an atomic exchange there is a brief moment with no output; a leftover `.old` is
        // restored by the next run (see RemoveLeftovers).
        var old = output + $".old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.Move(output, old);
        Directory.Move(staging, output);
        TryDelete(old);
    }

    /// <summary>
    /// Clears what a killed build left behind, restoring the previous site if it was mid-swap. A
    /// folder whose name carries the id of a process that is still running belongs to a concurrent
    /// build and is left alone.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var old in Directory.EnumerateDirectories(parent, name + ".old-*").Order(StringComparer.Ordinal))
        {
            if (OwnerIsRunning(Path.GetFileName(old), name + ".old-"))
            {
                continue;
            }

            if (!Directory.Exists(output))
            {
                Directory.Move(old, output);
            }
            else
            {
                TryDelete(old);
            }
        }

        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            if (!OwnerIsRunning(Path.GetFileName(staging), $".{name}.staging-"))
            {
                TryDelete(staging);
            }
        }
    }

    /// <summary>Whether the folder named "{prefix}{pid}-{guid}" belongs to another process that is still running.</summary>
    internal static bool OwnerIsRunning(string folderName, string prefix)
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
