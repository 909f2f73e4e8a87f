namespace Alliances.Site.Body;

public enum MarkdownLinkKind
{
    /// <summary>An inline or reference link: <c>[text](url)</c>.</summary>
    Link,

    /// <summary>An image: <c>![description](url)</c>.</summary>
    Image,

    /// <summary>An image of the site's own, checked at load (see <c>Images/EssayImages</c>): its URL is final.</summary>
    SiteImage,

    /// <summary>An autolink to a URL: <c>&lt;https://example.org&gt;</c>.</summary>
    Autolink,

    /// <summary>An autolink to an address: <c>&lt;editor@example.org&gt;</c>.</summary>
    EmailAutolink,
}

/// <summary>
/// A link of a parsed body as the link phase reads it: what it points at and where it was written
/// (1-based). Recorded at load so the link phase needs no syntax tree.
/// </summary>
/// <remarks>
/// A link's identity is its index in the body's <see cref="MarkdownContent.Links"/>, given once, when
/// the body is parsed, and stored on its syntax node (<c>Markdown/Links/LinkIds</c>): the walks that
/// come later read it from the node instead of counting links again.
/// </remarks>
public readonly record struct MarkdownLink(string Url, int Line, int Column, MarkdownLinkKind Kind);
