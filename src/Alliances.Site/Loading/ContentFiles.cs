namespace Alliances.Site.Loading;

/// <summary>
/// Every file under content/, listed by the load phase so the link phase can tell which ones the
/// site does not use (<see cref="Linking.UnusedFiles"/>).
/// </summary>
public static class ContentFiles
{
    /// <summary>
    /// Content-relative paths ('/' separators, ordinal order). Left out: names starting with a dot
    /// (.gitkeep, .DS_Store, an editor's lock file) and ending in `~` (an editor's backup), which are
    /// no one's content, and symbolic links, which the loader refuses or follows on its own terms.
    /// </summary>
    public static IReadOnlyList<string> List(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
        {
            return [];
        }

        var walk = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            MaxRecursionDepth = 32,
            IgnoreInaccessible = true,
        };
        return [.. Directory.EnumerateFiles(contentDirectory, "*", walk)
            .Select(full => Path.GetRelativePath(contentDirectory, full).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part.StartsWith('.')) && !path.EndsWith('~'))
            .Order(StringComparer.Ordinal)];
    }
}
