using System.Net;
using System.Text.RegularExpressions;

namespace Alliances.Site.Rendering.Feeds;

/// <summary>
/// Makes an essay body's links absolute for a feed entry. The body's links were resolved on the
/// syntax tree into URLs relative to the essay's page (`../other/`, `#section`); a feed reader shows
/// the entry away from that page, and several ignore xml:base, so each is rebased on the page's URL.
/// The body is the generator's own HTML: Markdig escapes `"` in text and raw HTML is rendered as
/// text, so every `href="`, `src="` or `srcset="` in it opens a real attribute (a srcset's URLs, the
/// generator's own, have their commas escaped, so `, ` only separates its candidates).
/// </summary>
internal static partial class FeedLinks
{
    public static string Absolute(string html, string pageUrl)
    {
        var page = new Uri(pageUrl, UriKind.Absolute);
        return Attribute().Replace(html, m =>
        {
            var value = WebUtility.HtmlDecode(m.Groups[2].Value);
            var absolute = m.Groups[1].Value == "srcset"
                ? string.Join(", ", value.Split(", ").Select(candidate => candidate.Split(' ', 2) is [var url, var width] ? Rebase(page, url) + " " + width : Rebase(page, candidate)))
                : Rebase(page, value);
            return m.Groups[1].Value + "=\"" + Escape(absolute) + "\"";
        });
    }

    private static string Rebase(Uri page, string url) => Uri.TryCreate(page, url, out var uri) ? uri.AbsoluteUri : url;

    private static string Escape(string url) =>
        url.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("\\b(href|srcset|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
