using Alliances.Site.Body;

namespace Alliances.Site.Markdown.Links;

public enum UrlKind
{
    /// <summary>An in-page anchor: <c>#section</c>.</summary>
    Fragment,

    /// <summary>A path relative to the current file.</summary>
    Relative,

    /// <summary>http(s), mailto, protocol-relative: left as written.</summary>
    External,

    /// <summary>A scheme that can run code or is unknown (javascript:, vbscript:, data:, file:): removed.</summary>
    Unsafe,
}

public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Whether the link phase removes the link (with a warning): its target could run script.</summary>
    public static bool RunsScript(MarkdownLink link) => link.Kind != MarkdownLinkKind.EmailAutolink && Classify(link.Url) == UrlKind.Unsafe;

    public static UrlKind Classify(string url)
    {
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"),
        // so classify what the browser would see, not what was typed.
        Span<char> buffer = stackalloc char[Math.Min(url.Length, 64)];
        var length = 0;
        foreach (var c in url)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (c > ' ' && c != '\u007f')
            {
                buffer[length++] = c;
            }
        }

        var seen = buffer[..length];
        if (seen.StartsWith("//"))
        {
            return UrlKind.External;
        }

        if (seen.StartsWith("#"))
        {
            return UrlKind.Fragment;
        }

        var colon = seen.IndexOf(':');
        var boundary = seen.IndexOfAny("/?#");
        if (colon <= 0 || (boundary >= 0 && boundary < colon))
        {
            return UrlKind.Relative;
        }

        var scheme = seen[..colon];
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return UrlKind.External;
            }
        }

        return UrlKind.Unsafe;
    }
}
