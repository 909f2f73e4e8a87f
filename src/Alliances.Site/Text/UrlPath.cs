namespace Alliances.Site.Text;

/// <summary>
/// Site paths as addresses write them. A site path names a file as the file system does
/// (`essays/الأمن/`, `essays/x/map 1.png`); in an address each segment is percent-encoded UTF-8
/// (`essays/%D8%A7%D9%84%D8%A3%D9%85%D9%86/`), as Hugo writes them, so every address the site
/// writes (links, sitemap, feeds, the search index) is plain ASCII and reaches the file however the
/// reader's tools handle other scripts. A path of ASCII letters, digits, `-`, `.`, `_` and `/` is
/// unchanged.
/// </summary>
public static class UrlPath
{
    public static string Escape(string sitePath) =>
        sitePath.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '_') ? sitePath : string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));
}
