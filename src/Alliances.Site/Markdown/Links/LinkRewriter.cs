using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Markdown.Links;

/// <summary>
/// Resolves the links of one page, as its parse recorded them with their lines and columns: relative
/// `.md` links become the target page's URL, anchors are checked against the target's headings, and
/// links that could run script are removed. The decisions are kept on the page's content, which
/// applies them to its syntax tree now if it holds one, or when it parses its text again to render.
/// </summary>
public sealed class LinkRewriter(IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
{
    /// <param name="source">The file being rewritten.</param>
    /// <param name="self">The page's own parsed content, for in-page anchors.</param>
    /// <param name="root">Prefix from the page's URL to the site root, e.g. "../../".</param>
    /// <param name="published">Whether the page is published (a published page may not link to a draft).</param>
    /// <param name="dependencies">Records every target looked up, for a cache of link results.</param>
    public IReadOnlyList<LinkTarget> Rewrite(ContentFile source, MarkdownContent self, string root, bool published, LinkDependencies? dependencies = null)
    {
        var linked = new List<LinkTarget>();
        var urls = new string?[self.Links.Count];
        for (var i = 0; i < urls.Length; i++)
        {
            var link = self.Links[i];
            urls[i] = link.Kind switch
            {
                MarkdownLinkKind.Link or MarkdownLinkKind.Image =>
                    Resolve(source, self, root, published, link, link.Kind == MarkdownLinkKind.Image ? "image" : "link", linked, dependencies),
                MarkdownLinkKind.SiteImage => link.Url,
                MarkdownLinkKind.Autolink when link.RunsScript => ReportUnsafe(source, link, "link"),
                _ => link.Url,
            };
        }

        self.ResolveLinks(urls);
        return linked;
    }

    private string? Resolve(ContentFile source, MarkdownContent self, string root, bool published, MarkdownLink at, string what, List<LinkTarget> linked, LinkDependencies? dependencies)
    {
        var url = at.Url;
        switch (UrlSafety.Classify(url))
        {
            case UrlKind.External:
                return url;
            case UrlKind.Unsafe:
                return ReportUnsafe(source, at, what);
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

        var found = targets.TryGetValue(resolved, out var target);
        dependencies?.Looked(resolved, target);
        if (!found || target is null)
        {
            if (resolved.EndsWith(".md", StringComparison.Ordinal))
            {
                dependencies?.LookedAtEveryPath();
                var nearest = Suggest.Nearest(resolved, targets.Keys);
                var hint = nearest is null ? string.Empty : $"; did you mean `{RelativeFrom(source.RelativePath, nearest)}`?";
                Report(source, at, DiagnosticCodes.BrokenFileLink, $"the {what} '{url}' points at '{resolved}', which does not exist{hint}");
            }
            else
            {
                Report(source, at, DiagnosticCodes.LinkOutsideContent, at.Kind == MarkdownLinkKind.Image
                    ? $"the image '{url}' is on a page that cannot show images; images go in essays (see CONTRIBUTING.md, \"Images\")"
                    : $"the {what} '{url}' is not an essay or topic page; only `.md` pages can be linked relatively");
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
        // Every essay's links are resolved on every build: joined in a buffer, a link costs one string.
        Span<char> buffer = stackalloc char[256];
        if (fromFile.Length + linkPath.Length + 1 > buffer.Length)
        {
            return ResolveSplit(fromFile, linkPath);
        }

        var folderEnd = fromFile.LastIndexOf('/');
        var length = Math.Max(0, folderEnd);
        fromFile.AsSpan(0, length).CopyTo(buffer);
        var parts = fromFile.AsSpan(0, folderEnd + 1).Count('/');
        foreach (var range in linkPath.AsSpan().SplitAny('/', '\\'))
        {
            var segment = linkPath.AsSpan(range);
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts == 0)
                    {
                        return null;
                    }

                    parts--;
                    length = parts == 0 ? 0 : buffer[..length].LastIndexOf('/');
                    break;
                default:
                    if (parts > 0)
                    {
                        buffer[length++] = '/';
                    }

                    segment.CopyTo(buffer[length..]);
                    length += segment.Length;
                    parts++;
                    break;
            }
        }

        return parts == 0 ? null : new string(buffer[..length]);
    }

    /// <summary>What <see cref="ResolvePath"/> does, for paths longer than its buffer.</summary>
    internal static string? ResolveSplit(string fromFile, string linkPath)
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

    private void CheckAnchor(ContentFile source, MarkdownLink at, MarkdownContent content, string id, string where)
    {
        if (id.Length == 0 || content.HasAnchor(id) || id.StartsWith("fn", StringComparison.Ordinal))
        {
            return;
        }

        Report(source, at, DiagnosticCodes.BrokenAnchorLink, $"{where} has no heading with the anchor '#{id}'{Suggest.DidYouMean(id, content.AnchorIds)}");
    }

    /// <returns>Null: the link is removed.</returns>
    private string? ReportUnsafe(ContentFile source, MarkdownLink at, string what)
    {
        var shown = at.Url.Length > 40 ? at.Url[..40] + "…" : at.Url;
        Report(source, at, DiagnosticCodes.UnsafeUrl, $"the {what} target '{shown}' can run script and was removed");
        return null;
    }

    private void Report(ContentFile source, MarkdownLink at, DiagnosticCode code, string message) =>
        diagnostics.Report(new SourceLocation(source.DisplayPath, at.Line, at.Column), code, message);
}
