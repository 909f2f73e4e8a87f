namespace Alliances.Site.Output;

/// <summary>
/// A path as the file system will follow it: absolute, with every symbolic link among its existing
/// components resolved. Compared as typed, `alias/content` (where `alias` links to the project) is
/// a new folder; resolved, it is the project's content folder.
/// </summary>
public static class ResolvedPath
{
    /// <summary>
    /// The real path of the longest existing prefix of <paramref name="path"/>, with the components that
    /// do not exist yet appended. `..` is applied first, as the writes apply it (they use the full path).
    /// </summary>
    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));
        var missing = new Stack<string>();
        for (var current = full; current is not null; current = Path.GetDirectoryName(current))
        {
            if (NativeFileSystem.RealPath(current) is { } real)
            {
                return missing.Aggregate(real, Path.Join);
            }

            missing.Push(Path.GetFileName(current));
        }

        return full;
    }

    /// <summary><paramref name="path"/> and each of its parents, nearest first.</summary>
    public static IEnumerable<string> SelfAndAncestors(string path)
    {
        for (var current = path; current is not null; current = Path.GetDirectoryName(current))
        {
            yield return current;
        }
    }

    /// <summary>
    /// Whether <paramref name="outer"/> is <paramref name="inner"/> or one of its ancestors, both
    /// resolved. Names are compared ignoring case (on a case-insensitive disk `Content` is `content`;
    /// where it is not, refusing is the careful answer), and where the file system gives identities, an
    /// existing ancestor that is the same folder under another name (a bind mount) counts too.
    /// </summary>
    public static bool IsSelfOrAncestor(string outer, string inner)
    {
        if (string.Equals(outer, inner, StringComparison.OrdinalIgnoreCase)
            || inner.StartsWith(Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var target = FileStat.Of(outer);
        return target.Kind == FileKind.Directory && SelfAndAncestors(inner).Any(a => FileStat.Of(a).SameEntryAs(target));
    }
}
