using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Links;

/// <summary>
/// Resolves the links of one page on its syntax tree, where every link still knows its line and
/// column: relative `.md` links become the target page's URL, anchors are checked against the
/// target's headings, and links that could run script are removed.
/// </summary>
public sealed class LinkRewriter(IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
{
    /// <param name="source">The file being rewritten.</param>
    /// <param name="self">The page's own parsed content, for in-page anchors.</param>
    /// <param name="root">Prefix from the page's URL to the site root, e.g. "../../".</param>
    /// <param name="published">Whether the page is published (a published page may not link to a draft).</param>
    public IReadOnlyList<LinkTarget> Rewrite(ContentFile source, MarkdownContent self, string root, bool published)
    {
        var linked = new List<LinkTarget>();
        foreach (var inline in self.Document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    if (Resolve(source, self, root, published, link, link.Url ?? string.Empty, link.IsImage ? "image" : "link", linked) is { } url)
                    {
                        link.Url = url;
                    }
                    else
                    {
                        Unlink(link);
                    }

                    break;
                case AutolinkInline autolink when !autolink.IsEmail && UrlSafety.Classify(autolink.Url) == UrlKind.Unsafe:
                    ReportUnsafe(source, autolink, "link", autolink.Url);
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }

        return linked;
    }

    private string? Resolve(ContentFile source, MarkdownContent self, string root, bool published, Inline at, string url, string what, List<LinkTarget> linked)
    {
        switch (UrlSafety.Classify(url))
        {
            case UrlKind.External:
                return url;
            case UrlKind.Unsafe:
                ReportUnsafe(source, at, what, url);
                return null;
            case UrlKind.Fragment:
                CheckAnchor(source, at, self, url[1..], "this page");
                return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var resolved = ResolvePath(source.RelativePath, pathPart);
        if (resolved is null)
        {
            Report(source, at, DiagnosticCodes.LinkOutsideContent, $"the {what} '{url}' points outside the content folder");
            return null;
        }

        if (!targets.TryGetValue(resolved, out var target))
        {
            if (resolved.EndsWith(".md", StringComparison.Ordinal))
            {
                var nearest = Suggest.Nearest(resolved, targets.Keys);
                var hint = nearest is null ? string.Empty : $"; did you mean `{RelativeFrom(source.RelativePath, nearest)}`?";
                Report(source, at, DiagnosticCodes.BrokenFileLink, $"the {what} '{url}' points at '{resolved}', which does not exist{hint}");
            }
            else
            {
                Report(source, at, DiagnosticCodes.LinkOutsideContent, $"the {what} '{url}' is not an essay or topic page; only `.md` pages can be linked relatively");
            }

            return null;
        }

        if (published && !target.Published)
        {
            Report(source, at, DiagnosticCodes.LinksToDraft, $"the {what} '{url}' points at '{target.DisplayPath}', which is a draft or dated in the future and will not be published");
        }

        if (fragment is { Length: > 0 })
        {
            CheckAnchor(source, at, target.Content, Uri.UnescapeDataString(fragment), $"'{target.DisplayPath}'");
        }

        linked.Add(target);
        return root + target.SitePath + (fragment is { Length: > 0 } ? "#" + fragment : string.Empty);
    }

    /// <summary>Joins a link path to the linking file's folder; null when it climbs out of the content folder.</summary>
    internal static string? ResolvePath(string fromFile, string linkPath)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in linkPath.Replace('\\', '/').Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static string RelativeFrom(string fromFile, string target)
    {
        var fromDir = Path.GetDirectoryName(fromFile)?.Replace('\\', '/') ?? string.Empty;
        var targetDir = Path.GetDirectoryName(target)?.Replace('\\', '/') ?? string.Empty;
        return fromDir == targetDir ? Path.GetFileName(target) : Path.GetRelativePath(fromDir.Length == 0 ? "." : fromDir, target).Replace('\\', '/');
    }

    private void CheckAnchor(ContentFile source, Inline at, MarkdownContent content, string id, string where)
    {
        if (id.Length == 0 || content.HasAnchor(id) || id.StartsWith("fn", StringComparison.Ordinal))
        {
            return;
        }

        Report(source, at, DiagnosticCodes.BrokenAnchorLink, $"{where} has no heading with the anchor '#{id}'{Suggest.DidYouMean(id, content.AnchorIds)}");
    }

    private void ReportUnsafe(ContentFile source, Inline at, string what, string url)
    {
        var shown = url.Length > 40 ? url[..40] + "…" : url;
        Report(source, at, DiagnosticCodes.UnsafeUrl, $"the {what} target '{shown}' can run script and was removed");
    }

    private void Report(ContentFile source, Inline at, DiagnosticCode code, string message) =>
        diagnostics.Report(new SourceLocation(source.DisplayPath, at.Line + 1, at.Column + 1), code, message);

    /// <summary>Keeps a removed link's text (or an image's description) and drops the target.</summary>
    private static void Unlink(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText.Of(link)));
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
