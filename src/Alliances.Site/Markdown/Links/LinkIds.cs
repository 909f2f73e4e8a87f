using Alliances.Site.Body;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Links;

/// <summary>
/// Gives each link of a body its identity once, when the body is parsed: its index in the body's list
/// of links (<see cref="MarkdownContent.Links"/>), stored on its syntax node. The walks that come
/// later (the slots of a body rendered at load, <see cref="ResolvedLinks.Apply"/>) read it from the
/// node (<see cref="Of"/>) instead of counting links in step with another walk.
/// </summary>
public static class LinkIds
{
    // The key of a link node's id; a private object, so nothing else can set one.
    private static readonly object IdKey = new();

    /// <summary>
    /// Every link and autolink of <paramref name="document"/>, in the order its descendants are
    /// walked, each node given its index in the list as its id (see <see cref="Of"/>).
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

    /// <summary>The id <see cref="Collect"/> gave a link or autolink node: its index in the body's links.</summary>
    /// <exception cref="InvalidOperationException">The node was never collected: a link the body's list does not hold.</exception>
    public static int Of(Inline link) =>
        link.GetData(IdKey) is int id ? id : throw new InvalidOperationException($"a link at {link.Line + 1}:{link.Column + 1} has no id: it was not collected when the body was parsed");

    private static MarkdownLinkKind KindOf(LinkInline link) =>
        !link.IsImage ? MarkdownLinkKind.Link
        : link.GetData(Images.ImageUse.Key) is null ? MarkdownLinkKind.Image
        : MarkdownLinkKind.SiteImage;
}
