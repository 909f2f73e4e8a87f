using System.Text;

namespace Alliances.Site.Output;

/// <summary>
/// The file that says "the generator made this folder": written into every output, staging and
/// previous-site folder. A folder without it is the user's, and is never replaced or deleted, unless
/// it is a site an earlier version built before markers existed (see <see cref="Unowned"/>). While
/// a build runs it holds its staging folder's marker open and locked, so another build can tell a
/// live staging folder from one a killed build left behind.
/// </summary>
public static class SiteMarker
{
    public const string Name = ".alliances-output";

    private static readonly byte[] Text = Encoding.UTF8.GetBytes(
        "This folder was written by `alliances build`, which replaces it whole on every build.\nKeep no files of your own here.\n");

    /// <summary>Writes the marker into a new folder and keeps it locked until the returned handle is disposed.</summary>
    public static FileStream WriteLocked(string folder)
    {
        var stream = new FileStream(Path.Combine(folder, Name), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        stream.Write(Text);
        stream.Flush();
        return stream;
    }

    public static bool IsIn(string folder) => FileStat.Of(Path.Combine(folder, Name), followLinks: false).Kind == FileKind.Regular;

    /// <summary>Whether a marked folder's build is still running: its marker is locked (or cannot be opened to find out).</summary>
    public static bool IsLocked(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, Name), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// Why the existing <paramref name="output"/> may not be replaced by a site of <paramref name="written"/>
    /// paths, or null. A folder with the marker is the generator's; one without is accepted only when
    /// every entry in it is a regular file this build writes again (an earlier version's site, which
    /// had no marker): replacing it loses nothing. Anything else (hand-written pages, a README, a
    /// link) is the user's.
    /// </summary>
    public static string? Unowned(string output, IReadOnlyList<string> written)
    {
        if (FileStat.Of(output, followLinks: false).Kind == FileKind.Missing || IsIn(output))
        {
            return null;
        }

        var ours = written.ToHashSet(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in Directory.EnumerateFileSystemEntries(output, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(output, entry).Replace('\\', '/');
            var kind = FileStat.Of(entry, followLinks: false).Kind;
            if (kind != FileKind.Directory && (kind != FileKind.Regular || !ours.Contains(relative)))
            {
                return $"holds '{relative}', which this build does not write, and no {Name} marker, so it is not a site the generator made";
            }
        }

        return null;
    }
}
