using System.Collections.Concurrent;
using Alliances.Site.Diagnostics;

namespace Alliances.Site.Output;

/// <summary>
/// A new site being written into its staging folder beside the output, file by file as the render
/// workers finish them; <see cref="Commit"/> swaps it in only when the build succeeded. Files whose
/// bytes did not change are hard-linked from the previous site instead of rewritten, so they keep
/// their identity and timestamps.
/// </summary>
public sealed class StagedSite : OutputSink
{
    private readonly string _staging;
    private readonly string _output;
    private readonly string _displayOutput;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly bool _hasPrevious;
    private readonly FileStream _marker;
    private Exception? _failure;
    private int _written;
    private int _unchanged;

    internal StagedSite(string staging, string output, string displayOutput)
    {
        _staging = staging;
        _output = output;
        _displayOutput = displayOutput;
        _hasPrevious = Directory.Exists(output);
        Directory.CreateDirectory(staging);
        _marker = SiteMarker.WriteLocked(staging);
    }

    protected override void Store(string path, ReadOnlySpan<byte> content)
    {
        // After the first failure the build is lost anyway; it is reported once, by Commit.
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            var target = Path.Combine(_staging, path);
            if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
            {
                // A key is present only once its folder exists, so no worker writes into a folder still being made.
                _directories.GetOrAdd(directory, static (folder, staging) => Directory.CreateDirectory(Path.Combine(staging, folder)) is not null, _staging);
            }

            // A first build has no previous site to compare with: not even a stat per file.
            var previous = Path.Combine(_output, path);
            if (_hasPrevious && SameBytes(previous, content) && NativeFileSystem.TryHardLink(previous, target))
            {
                Interlocked.Increment(ref _unchanged);
                return;
            }

            using (var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, content, 0);
            }

            Interlocked.Increment(ref _written);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>Puts the staged site in place of the output; null (reported) when any write failed.</summary>
    public WriteStats? Commit(DiagnosticBag diagnostics)
    {
        var problem = _failure;
        if (problem is null)
        {
            try
            {
                if (SiteMarker.Unowned(_output, Paths()) is { } unowned)
                {
                    diagnostics.Report(new SourceLocation(_displayOutput, 1, 1), DiagnosticCodes.OutputNotOurs,
                        $"refusing to replace the output folder '{_displayOutput}': it {unowned}. Nothing was changed; move your files out of it, empty it, or build into another folder with --output");
                    Abandon();
                    return null;
                }

                // Windows cannot rename a folder holding an open file; elsewhere the lock is kept until the swap is done.
                if (OperatingSystem.IsWindows())
                {
                    _marker.Dispose();
                }

                SiteWriter.Swap(_staging, _output);
                _marker.Dispose();
                return new WriteStats(_written, _unchanged);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem = e;
            }
        }

        diagnostics.Report(new SourceLocation(_displayOutput, 1, 1), DiagnosticCodes.OutputFailed, $"could not write the site: {problem.Message}");
        Abandon();
        return null;
    }

    /// <summary>Deletes the staging folder: the build failed and the previous site stays as it was.</summary>
    public void Abandon()
    {
        _marker.Dispose();
        SiteWriter.TryDelete(_staging);
    }

    /// <summary>
    /// Whether the previous site's file holds exactly these bytes. Most changed files differ in
    /// length, which costs one stat; otherwise the file is compared in chunks without reading it whole.
    /// </summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
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
            if (read <= 0 || !buffer[..read].SequenceEqual(content.Slice((int)offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return RandomAccess.Read(handle, buffer[..1], offset) == 0;
    }
}
