using Alliances.Site.Diagnostics;

namespace Alliances.Site.Output;

/// <summary>
/// The write phase. The new site is written into a staging folder beside the output and swapped in
/// only when complete, so a failed or killed build leaves the previous site as it was. Files whose
/// bytes did not change are hard-linked from the previous site instead of rewritten, so they keep
/// their identity and timestamps.
/// </summary>
public static class SiteWriter
{
    public static WriteStats? Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
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
            var stats = Stage(staging, output, files);
            Swap(staging, output);
            return stats;
        }
        catch (Exception e) when (Cause(e) is not OutOfMemoryException)
        {
            diagnostics.Report(new SourceLocation(outputDirectory, 1, 1), DiagnosticCodes.OutputFailed, $"could not write the site: {Cause(e).Message}");
            TryDelete(staging);
            return null;
        }
    }

    private static WriteStats Stage(string staging, string output, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(staging);
        foreach (var directory in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct(StringComparer.Ordinal))
        {
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(Path.Combine(staging, directory));
            }
        }

        // Each file is independent once its folder exists; the kernel overlaps the writes well.
        int written = 0, unchanged = 0;
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            var target = Path.Combine(staging, file.Path);
            var previous = Path.Combine(output, file.Path);
            if (SameBytes(previous, file.Content) && NativeFileSystem.TryHardLink(previous, target))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }

            using (var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, file.Content, 0);
            }

            Interlocked.Increment(ref written);
        });

        return new WriteStats(written, unchanged);
    }

    /// <summary>
    /// Whether the previous site's file holds exactly these bytes. Most changed files differ in
    /// length, which costs one stat; otherwise the file is compared in chunks without reading it whole.
    /// </summary>
    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Span<byte> buffer = stackalloc byte[16 * 1024];
        long offset = 0;
        while (offset < content.Length)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read <= 0 || !buffer[..read].SequenceEqual(content.AsSpan((int)offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return RandomAccess.Read(handle, buffer[..1], offset) == 0;
    }

    /// <summary>The first real failure behind a parallel loop's wrapper.</summary>
    private static Exception Cause(Exception e) => e is AggregateException { InnerExceptions: [var first, ..] } ? Cause(first) : e;

    private static void Swap(string staging, string output)
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

    private static void TryDelete(string directory)
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
