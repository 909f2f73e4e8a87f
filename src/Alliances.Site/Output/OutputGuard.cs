using Alliances.Site.Diagnostics;

namespace Alliances.Site.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something that is not a built site: the
/// file system root, the home folder, the working folder, the repository or one of their parents,
/// the content or templates folder (or a folder inside or around them), anything holding a `.git`.
/// Every path is compared resolved (<see cref="ResolvedPath"/>), so symbolic links, `..` and case
/// variants lead to the same answer as the plain name. What is inside an existing folder is judged
/// later, when the build knows what it writes (<see cref="SiteMarker"/>).
/// </summary>
public static class OutputGuard
{
    public static bool IsSafe(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (Problem(options) is not { } problem)
        {
            return true;
        }

        diagnostics.Report(new SourceLocation(options.OutputDirectory, 1, 1), DiagnosticCodes.OutputRefused,
            $"refusing to replace the output folder '{options.OutputDirectory}': it {problem}");
        return false;
    }

    private static string? Problem(BuildOptions options)
    {
        var typed = options.OutputDirectory;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return "is the root of the file system";
        }

        if (typed.Trim() is "~" || typed.StartsWith("~/", StringComparison.Ordinal) || typed.StartsWith("~\\", StringComparison.Ordinal))
        {
            // The shell did not expand `~` (it was quoted): refuse rather than create a folder named `~`
            // that a later `rm -rf ~` would confuse with the home folder.
            return "starts with `~`, which names the home folder (unexpanded)";
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(typed));
        if (FileStat.Of(full, followLinks: false).Kind == FileKind.SymbolicLink)
        {
            return "is a symbolic link";
        }

        var output = ResolvedPath.Of(typed);
        var via = string.Equals(output, full, StringComparison.Ordinal) ? "" : $" ('{output}' once links are followed)";
        if (Path.GetPathRoot(output) == output)
        {
            return "is the root of the file system" + via;
        }

        foreach (var (name, folder) in Containers(options))
        {
            if (ResolvedPath.IsSelfOrAncestor(output, folder))
            {
                return $"is {name} or one of its parents{via}";
            }
        }

        foreach (var (name, folder) in new[] { ("the content folder", options.ContentDirectory), ("the templates folder", options.TemplatesDirectory) })
        {
            var real = ResolvedPath.Of(folder);
            if (ResolvedPath.IsSelfOrAncestor(output, real) || ResolvedPath.IsSelfOrAncestor(real, output))
            {
                return $"is, contains or lies inside {name}{via}";
            }
        }

        return FileStat.Of(Path.Combine(output, ".git")).Kind != FileKind.Missing ? "holds a .git repository" + via
            : FileStat.Of(output).Kind is not (FileKind.Directory or FileKind.Missing) ? "is not a folder" + via
            : null;
    }

    /// <summary>Folders the output may lie inside but must not be or contain: home, the working folder, and the repositories around it and the content.</summary>
    private static IEnumerable<(string Name, string Folder)> Containers(BuildOptions options)
    {
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
        {
            yield return ("the home folder", ResolvedPath.Of(home));
        }

        var current = ResolvedPath.Of(Environment.CurrentDirectory);
        yield return ("the current folder", current);
        foreach (var start in new[] { current, ResolvedPath.Of(options.ContentDirectory) })
        {
            if (ResolvedPath.SelfAndAncestors(start).FirstOrDefault(f => FileStat.Of(Path.Combine(f, ".git")).Kind != FileKind.Missing) is { } repository)
            {
                yield return ("the repository", repository);
            }
        }
    }
}
