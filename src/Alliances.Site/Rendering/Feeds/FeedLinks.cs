using System.Net;
using System.Text.RegularExpressions;

namespace Alliances.Site.Rendering.Feeds;

/// <summary>
/// Makes an essay body's links absolute for a feed entry. The body's links were resolved on the
/// syntax tree into URLs relative to the essay's page (`../other/`, `#section`); a feed reader shows
/// the entry away from that page, and several ignore xml:base, so each is rebased on the page's URL.
/// The body is the generator's own HTML: Markdig escapes `"` in text and raw HTML is rendered as
/// text, so every `href="` or `src="` in it opens a real attribute.
/// </summary>
internal static partial class FeedLinks
{
    public static string Absolute(string html, string pageUrl)
    {
        var page = new Uri(pageUrl, UriKind.Absolute);
        return Attribute().Replace(html, m =>
        {
            var value = WebUtility.HtmlDecode(m.Groups[2].Value);
            var absolute = Uri.TryCreate(page, value, out var uri) ? uri.AbsoluteUri : value;
            return m.Groups[1].Value + "=\"" + Escape(absolute) + "\"";
        });
    }

    private static string Escape(string url) =>
        url.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("\\b(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
