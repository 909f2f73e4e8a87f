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
        var previousRoot = Path.GetFullPath(previousDirectory);
        var previous = Directory.Exists(previousRoot)
            ? Directory.EnumerateFiles(previousRoot, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(previousRoot, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        List<string> added = [], changed = [];
        var unchanged = 0;
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (!previous.Remove(file.Path))
            {
                added.Add(file.Path);
            }
            else if (File.ReadAllBytes(Path.Combine(previousRoot, file.Path)).AsSpan().SequenceEqual(file.Content))
            {
                unchanged++;
            }
            else
            {
                changed.Add(file.Path);
            }
        }

        return new OutputComparison(previousDirectory, added, changed, [.. previous.Order(StringComparer.Ordinal)], unchanged);
    }
}
