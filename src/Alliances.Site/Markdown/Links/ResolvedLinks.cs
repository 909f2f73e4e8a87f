using Alliances.Site.Body;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Links;

/// <summary>Applies the link phase's decisions to a syntax tree: each link gets its new URL or is removed.</summary>
public static class ResolvedLinks
{
    /// <summary>Keeps the link phase's decisions on the body, and applies them to its tree if it is kept.</summary>
    /// <param name="urls">One per link of <see cref="MarkdownContent.Links"/>: its URL, or null to remove it.</param>
    public static void ResolveLinks(this MarkdownContent body, IReadOnlyList<string?> urls)
    {
        if (body.KeepLinkUrls(urls) && body.KeptTree is { } tree)
        {
            Apply(tree, urls);
        }
    }

    /// <param name="urls">
    /// One per link of the tree, indexed by its id (<see cref="LinkIds.Of"/>): the URL to link
    /// to, or null to remove the link (a link keeps its text, an image its description, an autolink becomes text).
    /// </param>
    public static void Apply(MarkdownDocument document, IReadOnlyList<string?> urls)
    {
        if (urls.Count == 0)
        {
            return;
        }

        // A list first: removing a link moves its children, and the walk must see the tree as it was.
        var links = new List<Inline>();
        foreach (var node in TreeWalk.Below(document))
        {
            if (node is LinkInline or AutolinkInline)
            {
                links.Add((Inline)node);
            }
        }

        if (links.Count != urls.Count)
        {
            throw new InvalidOperationException($"the syntax tree has {links.Count} links and {urls.Count} were resolved for it");
        }

        foreach (var inline in links)
        {
            var url = urls[LinkIds.Of(inline)];
            switch (inline)
            {
                case LinkInline link when url is not null:
                    link.Url = url;
                    break;
                case LinkInline link:
                    Unlink(link);
                    break;
                case AutolinkInline autolink when url is null:
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
    }

    /// <summary>Keeps a removed link's text (or an image's description) and drops the target.</summary>
    private static void Unlink(LinkInline link)
    {
        if (link.IsImage)
        {
            // Without copyChildren: false, Markdig moves the image's description inlines in after the
            // literal, and the description would appear twice.
            link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
            return;
        }

        var container = new ContainerInline();
        link.ReplaceBy(container);
        while (link.FirstChild is { } child)
        {
            child.Remove();
            container.AppendChild(child);
        }
    }
}
