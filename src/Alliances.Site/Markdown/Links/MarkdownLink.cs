using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Links;

public enum MarkdownLinkKind
{
    /// <summary>An inline or reference link: <c>[text](url)</c>.</summary>
    Link,

    /// <summary>An image: <c>![description](url)</c>.</summary>
    Image,

    /// <summary>An image of the site's own, checked at load (see <see cref="Images.EssayImages"/>): its URL is final.</summary>
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
public readonly record struct MarkdownLink(string Url, int Line, int Column, MarkdownLinkKind Kind)
{
    /// <summary>Whether the link phase removes it (with a warning): its target could run script.</summary>
    public bool RunsScript => Kind != MarkdownLinkKind.EmailAutolink && UrlSafety.Classify(Url) == UrlKind.Unsafe;

    /// <summary>
    /// Every link and autolink of <paramref name="document"/>, in the order its descendants are
    /// walked; <see cref="ResolvedLinks.Apply"/> walks a tree in the same order.
    /// </summary>
    public static MarkdownLink[] Collect(MarkdownDocument document)
    {
        var links = new List<MarkdownLink>();
        foreach (var node in TreeWalk.Below(document))
        {
            switch (node)
            {
                case LinkInline link:
                    links.Add(new(link.Url ?? string.Empty, link.Line + 1, link.Column + 1, KindOf(link)));
                    break;
                case AutolinkInline autolink:
                    links.Add(new(autolink.Url, autolink.Line + 1, autolink.Column + 1, autolink.IsEmail ? MarkdownLinkKind.EmailAutolink : MarkdownLinkKind.Autolink));
                    break;
            }
        }

        return [.. links];
    }

    private static MarkdownLinkKind KindOf(LinkInline link) =>
        !link.IsImage ? MarkdownLinkKind.Link
        : link.GetData(Images.ImageUse.Key) is null ? MarkdownLinkKind.Image
        : MarkdownLinkKind.SiteImage;
}
