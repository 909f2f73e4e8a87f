namespace Alliances.Site.Output;

/// <summary>
/// How a build's files differ from a previous build's output folder (e.g. the base branch's site),
/// so a pull request can say which pages it adds, changes and removes.
/// </summary>
public sealed record OutputComparison(
    string PreviousDirectory,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    int Unchanged)
{
    /// <summary>Compares byte for byte; paths use '/' and are sorted ordinally.</summary>
    public static OutputComparison Compare(IReadOnlyList<OutputFile> files, string previousDirectory)
    {
        var byPath = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        return Compare([.. byPath.Keys], path => byPath[path], previousDirectory);
    }

    /// <param name="paths">The new build's files.</param>
    /// <param name="contentOf">A new file's bytes (from memory, or read back from where the build wrote them).</param>
    public static OutputComparison Compare(IReadOnlyList<string> paths, Func<string, byte[]> contentOf, string previousDirectory)
    {
        var previousRoot = Path.GetFullPath(previousDirectory);
        var previous = Directory.Exists(previousRoot)
            ? Directory.EnumerateFiles(previousRoot, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(previousRoot, f).Replace('\\', '/'))
                .Where(f => f != SiteMarker.Name) // not a page: the folder's claim of ownership
                .ToHashSet(StringComparer.Ordinal)
            : [];
        List<string> added = [], changed = [];
        var unchanged = 0;
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (!previous.Remove(path))
            {
                added.Add(path);
            }
            else if (File.ReadAllBytes(Path.Combine(previousRoot, path)).AsSpan().SequenceEqual(contentOf(path)))
            {
                unchanged++;
            }
            else
            {
                changed.Add(path);
            }
        }

        return new OutputComparison(previousDirectory, added, changed, [.. previous.Order(StringComparer.Ordinal)], unchanged);
    }
}
