namespace Alliances.Server;

/// <summary>
/// Rejects request paths that try to leave the site or reach hidden files, before any lookup. Files
/// are served from an in-memory map of the built site, so nothing outside the output can be reached
/// anyway; this makes such requests fail plainly with 404 instead of being normalised into a page.
/// </summary>
internal static class PathGuard
{
    private static readonly string[] RawRefused = ["..", "%2e", "%2f", "%5c", "%25", "%00", "\\"];

    /// <param name="rawTarget">The request target as sent, before any decoding.</param>
    /// <param name="decodedPath">The path as the server decoded it.</param>
    public static bool IsRefused(string rawTarget, string decodedPath)
    {
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = query >= 0 ? rawTarget[..query] : rawTarget;
        foreach (var refused in RawRefused)
        {
            if (rawPath.Contains(refused, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return decodedPath.Contains("..", StringComparison.Ordinal)
            || decodedPath.Contains('\\', StringComparison.Ordinal)
            || decodedPath.Contains('\0', StringComparison.Ordinal)
            || decodedPath.Contains("/.", StringComparison.Ordinal)
            || decodedPath.Contains("//", StringComparison.Ordinal);
    }
}
