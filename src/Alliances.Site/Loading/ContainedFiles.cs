using Alliances.Site.Diagnostics;
using Alliances.Site.Output;

namespace Alliances.Site.Loading;

/// <summary>
/// Keeps reads inside the content and templates folders: a symbolic link that points outside its
/// folder, loops, or dangles is refused (ALL130), and folder walks never follow a link back up, so
/// a loop is an error rather than a hang.
/// </summary>
public static class ContainedFiles
{
    private const int MaxFolderDepth = 32;

    /// <summary>Why <paramref name="path"/> may not be read as part of <paramref name="root"/>, or null when it may.</summary>
    public static string? Problem(string root, string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var realRoot = Real(root);
        string? real;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            real = NativeFileSystem.RealPath(path);
            if (real is null)
            {
                return info.LinkTarget is null && !info.Exists ? null : "is a symbolic link that loops or points at nothing";
            }
        }
        else
        {
            if (info.LinkTarget is null)
            {
                return null;
            }

            try
            {
                real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (IOException)
            {
                return "is a symbolic link that loops";
            }

            if (real is null)
            {
                return "is a symbolic link that points at nothing";
            }
        }

        return IsInside(realRoot, real) ? null : $"is a symbolic link to '{real}', outside '{root.Replace('\\', '/')}'";
    }

    /// <summary>
    /// As <see cref="Problem(string, string)"/>, for a file of which <paramref name="file"/> has been
    /// asked: a file that exists and is not itself a link is inside the root exactly when its folder
    /// is, and each folder's real path is resolved once per <paramref name="folders"/>. Reading 10,000
    /// essays took ten system calls each for this check; now it takes none beyond the one
    /// <paramref name="file"/> makes.
    /// </summary>
    public static string? Problem(string root, string path, FileInfo file, RealFolders folders)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            || !file.Exists
            || file.Attributes.HasFlag(FileAttributes.ReparsePoint)
            || Path.GetDirectoryName(path) is not { Length: > 0 } folder)
        {
            return Problem(root, path);
        }

        var real = Path.Join(folders.Of(folder), file.Name);
        return IsInside(folders.Of(root), real) ? null : $"is a symbolic link to '{real}', outside '{root.Replace('\\', '/')}'";
    }

    /// <summary>
    /// Every file under <paramref name="root"/> matching <paramref name="pattern"/>, in ordinal order of
    /// their root-relative paths; links that leave the folder or loop are reported and skipped.
    /// </summary>
    public static List<string> Enumerate(string root, string pattern, string display, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        Walk(root, root, pattern, display, diagnostics, files, depth: 0);
        files.Sort((a, b) => string.CompareOrdinal(Path.GetRelativePath(root, a), Path.GetRelativePath(root, b)));
        return files;
    }

    private static void Walk(string root, string folder, string pattern, string display, DiagnosticBag diagnostics, List<string> files, int depth)
    {
        foreach (var file in Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly))
        {
            if (Refused(root, file, display, diagnostics))
            {
                continue;
            }

            // Asked before anything opens it: opening a FIFO waits for a writer forever.
            if (FileStat.Of(file).Kind is var kind && kind != FileKind.Regular)
            {
                Report(root, file, display, diagnostics, $"{SpecialFiles.Describe(kind)}, not a regular file; only regular files are read", DiagnosticCodes.FileUnreadable);
                continue;
            }

            files.Add(file);
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (Refused(root, sub, display, diagnostics))
            {
                continue;
            }

            var info = new DirectoryInfo(sub);
            if (info.LinkTarget is not null && IsInside(Real(sub), Real(folder)))
            {
                Report(root, sub, display, diagnostics, "is a symbolic link to one of its own parent folders (a loop)");
                continue;
            }

            if (depth >= MaxFolderDepth)
            {
                Report(root, sub, display, diagnostics, $"is nested more than {MaxFolderDepth} folders deep");
                continue;
            }

            Walk(root, sub, pattern, display, diagnostics, files, depth + 1);
        }
    }

    private static bool Refused(string root, string path, string display, DiagnosticBag diagnostics)
    {
        if (Problem(root, path) is not { } problem)
        {
            return false;
        }

        Report(root, path, display, diagnostics, problem);
        return true;
    }

    private static void Report(string root, string path, string display, DiagnosticBag diagnostics, string problem, DiagnosticCode? code = null)
    {
        var shown = display + "/" + Path.GetRelativePath(root, path).Replace('\\', '/');
        diagnostics.Report(SourceLocation.FileStart(shown), code ?? DiagnosticCodes.SymlinkRefused, $"'{shown}' {problem}");
    }

    /// <summary>Real paths of folders, each resolved once: one per build, for the files it reads.</summary>
    public sealed class RealFolders
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _real = new(StringComparer.Ordinal);

        public string Of(string folder) => _real.GetOrAdd(folder, Real);
    }

    private static string Real(string path) =>
        Path.TrimEndingDirectorySeparator(NativeFileSystem.RealPath(path) ?? Path.GetFullPath(path));

    private static bool IsInside(string outer, string inner) =>
        string.Equals(outer, inner, StringComparison.Ordinal)
        || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || (outer == "/" && inner.StartsWith('/'));
}
