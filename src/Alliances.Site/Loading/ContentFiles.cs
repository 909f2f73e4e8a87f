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
    public static string[] List(string contentDirectory)
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
            .Where(IsListed)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether a content-relative path is one <see cref="List"/> would list, if it is a file.</summary>
    public static bool IsListed(string relativePath) =>
        !relativePath.Split('/').Any(part => part.StartsWith('.')) && !relativePath.EndsWith('~');

    /// <summary>
    /// Whether a listing of content/ may be out of date after the watcher named <paramref name="relativePath"/>:
    /// unless a listed file only changed (or a file no listing shows did), a file may have appeared or gone.
    /// </summary>
    /// <param name="listing">What <see cref="List"/> gave before.</param>
    public static bool MayHaveChanged(string[] listing, string contentDirectory, string relativePath)
    {
        if (!IsListed(relativePath))
        {
            return false;
        }

        var full = Path.Combine(contentDirectory, relativePath);
        var at = Array.BinarySearch(listing, relativePath, StringComparer.Ordinal);
        var listed = at >= 0;

        // A folder (made, moved or removed with what it held) may be named without each of its files.
        var holdsListed = ~at < listing.Length && !listed && listing[~at].StartsWith(relativePath + "/", StringComparison.Ordinal);
        return listed != File.Exists(full) || Directory.Exists(full) || holdsListed;
    }
}
