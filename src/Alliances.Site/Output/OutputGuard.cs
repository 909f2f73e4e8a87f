using Alliances.Site.Diagnostics;

namespace Alliances.Site.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something that is not a built site:
/// the file system root, the home folder, the working folder or one of its parents, the content or
/// templates folder, or anything holding a `.git`.
/// </summary>
public static class OutputGuard
{
    public static bool IsSafe(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Full(options.OutputDirectory);
        var at = new SourceLocation(options.OutputDirectory, 1, 1);
        string? problem = null;
        if (string.IsNullOrWhiteSpace(options.OutputDirectory) || Path.GetPathRoot(output) == output)
        {
            problem = "is the root of the file system";
        }
        else if (options.OutputDirectory.Trim() is "~" || options.OutputDirectory.StartsWith("~/", StringComparison.Ordinal) || options.OutputDirectory.StartsWith("~\\", StringComparison.Ordinal))
        {
            // The shell did not expand `~` (it was quoted): refuse rather than create a folder named `~`
            // that a later `rm -rf ~` would confuse with the home folder.
            problem = "starts with `~`, which names the home folder (unexpanded)";
        }
        else if (Full(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is { Length: > 0 } home && Same(output, home))
        {
            problem = "is the home folder";
        }
        else if (Contains(output, Full(Environment.CurrentDirectory)))
        {
            problem = "is the current folder or one of its parents";
        }
        else if (Overlaps(output, Full(options.ContentDirectory)))
        {
            problem = "is, contains or lies inside the content folder";
        }
        else if (Overlaps(output, Full(options.TemplatesDirectory)))
        {
            problem = "is, contains or lies inside the templates folder";
        }
        else if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            problem = "holds a .git repository";
        }
        else if (File.Exists(output))
        {
            problem = "is a file, not a folder";
        }
        else if (Directory.Exists(output) && new DirectoryInfo(output).LinkTarget is not null)
        {
            problem = "is a symbolic link";
        }

        if (problem is not null)
        {
            diagnostics.Report(at, DiagnosticCodes.OutputRefused, $"refusing to replace the output folder '{options.OutputDirectory}': it {problem}");
            return false;
        }

        return true;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="outer"/> is <paramref name="inner"/> or one of its ancestors.</summary>
    private static bool Contains(string outer, string inner) =>
        Same(outer, inner) || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool Overlaps(string a, string b) => Contains(a, b) || Contains(b, a);
}
