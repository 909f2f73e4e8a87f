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
/// <remarks>
/// A link's identity is its number in the body's list, given once, by <see cref="Collect"/>, and
/// stored on its node (<see cref="IdOf"/>): the walks that come later (the slots of a body rendered at
/// load, <see cref="ResolvedLinks.Apply"/>) read it from the node instead of counting links again.
/// </remarks>
public readonly record struct MarkdownLink(string Url, int Line, int Column, MarkdownLinkKind Kind)
{
    /// <summary>Whether the link phase removes it (with a warning): its target could run script.</summary>
    public bool RunsScript => Kind != MarkdownLinkKind.EmailAutolink && UrlSafety.Classify(Url) == UrlKind.Unsafe;

    // The key of a link node's id; a private object, so nothing else can set one.
    private static readonly object IdKey = new();

    /// <summary>
    /// Every link and autolink of <paramref name="document"/>, in the order its descendants are
    /// walked, each node given its number in the list as its id (see <see cref="IdOf"/>).
    /// </summary>
    public static MarkdownLink[] Collect(MarkdownDocument document)
    {
        var links = new List<MarkdownLink>();
        foreach (var node in TreeWalk.Below(document))
        {
            switch (node)
            {
                case LinkInline link:
                    link.SetData(IdKey, links.Count);
                    links.Add(new(link.Url ?? string.Empty, link.Line + 1, link.Column + 1, KindOf(link)));
                    break;
                case AutolinkInline autolink:
                    autolink.SetData(IdKey, links.Count);
                    links.Add(new(autolink.Url, autolink.Line + 1, autolink.Column + 1, autolink.IsEmail ? MarkdownLinkKind.EmailAutolink : MarkdownLinkKind.Autolink));
                    break;
            }
        }

        return [.. links];
    }

    /// <summary>The id <see cref="Collect"/> gave a link or autolink node: its number in the body's links.</summary>
    /// <exception cref="InvalidOperationException">The node was never collected: a link the body's list does not hold.</exception>
    public static int IdOf(Inline link) =>
        link.GetData(IdKey) is int id ? id : throw new InvalidOperationException($"a link at {link.Line + 1}:{link.Column + 1} has no id: it was not collected when the body was parsed");

    private static MarkdownLinkKind KindOf(LinkInline link) =>
        !link.IsImage ? MarkdownLinkKind.Link
        : link.GetData(Images.ImageUse.Key) is null ? MarkdownLinkKind.Image
        : MarkdownLinkKind.SiteImage;
}
