namespace Alliances.Site.Markdown.Links;

/// <summary>
/// A link written as the site's own absolute address (`https://example.org/alliances/essays/x/`)
/// instead of relatively (`x.md`): it is not checked like a relative link, and it breaks in every
/// other copy of the site (a pull request's preview, a new address). The link phase turns the
/// address back into the page it names, to say so and to check that the page exists.
/// </summary>
public static class OwnAddress
{
    /// <summary>
    /// The site path <paramref name="url"/> names under <paramref name="baseUrl"/> (e.g. `essays/x/`,
    /// `index.html` dropped, "" for the home page); null when it is another site's address.
    /// </summary>
    public static string? SitePath(string url, Uri baseUrl)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !uri.Host.Equals(baseUrl.Host, StringComparison.OrdinalIgnoreCase)
            || (!uri.IsDefaultPort && uri.Port != baseUrl.Port))
        {
            return null;
        }

        var basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        var path = uri.AbsolutePath;
        if (path + "/" == basePath)
        {
            return string.Empty;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var sitePath = Uri.UnescapeDataString(path[basePath.Length..]);
        return sitePath.EndsWith("index.html", StringComparison.Ordinal) && (sitePath.Length == 10 || sitePath[^11] == '/') ? sitePath[..^10] : sitePath;
    }

    /// <summary>Whether a site path can only be an essay's or a topic's page (`essays/x/`, `topics/x/`), which the content decides.</summary>
    public static bool IsPagePath(string sitePath)
    {
        var slash = sitePath.IndexOf('/');
        return slash > 0 && sitePath[..slash] is "essays" or "topics" && sitePath.Length > slash + 1;
    }
}
