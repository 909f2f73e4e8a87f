using Alliances.Site.Body;
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
    /// <summary>The site's address (site.yml's base_url): a link written as it is checked like a relative one; null: not checked.</summary>
    public Uri? BaseUrl { get; init; }

    /// <param name="source">The file being rewritten.</param>
    /// <param name="self">The page's own parsed content, for in-page anchors.</param>
    /// <param name="root">Prefix from the page's URL to the site root, e.g. "../../".</param>
    /// <param name="publication">When the page is published, which decides what it may link to (a published page may not link to a draft).</param>
    /// <param name="dependencies">Records every target looked up, for a cache of link results.</param>
    public IReadOnlyList<LinkTarget> Rewrite(ContentFile source, MarkdownContent self, string root, Publication publication, LinkDependencies? dependencies = null)
    {
        var linked = new List<LinkTarget>();
        var urls = new string?[self.Links.Count];
        for (var i = 0; i < urls.Length; i++)
        {
            var link = self.Links[i];
            urls[i] = link.Kind switch
            {
                MarkdownLinkKind.Link or MarkdownLinkKind.Image =>
                    Resolve(source, self, root, publication, link, link.Kind == MarkdownLinkKind.Image ? "image" : "link", linked, dependencies),
                MarkdownLinkKind.SiteImage => link.Url,
                MarkdownLinkKind.Autolink when UrlSafety.RunsScript(link) => ReportUnsafe(source, link, "link"),
                _ => link.Url,
            };
        }

        self.ResolveLinks(urls);
        return linked;
    }

    private string? Resolve(ContentFile source, MarkdownContent self, string root, Publication publication, MarkdownLink at, string what, List<LinkTarget> linked, LinkDependencies? dependencies)
    {
        var url = at.Url;
        switch (UrlSafety.Classify(url))
        {
            case UrlKind.External:
                if (BaseUrl is not null && OwnAddress.SitePath(url, BaseUrl) is { } sitePath && OwnAddress.IsPagePath(sitePath))
                {
                    CheckOwnAddress(source, publication, at, sitePath, dependencies);
                }

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
            // `../../essays/x/` is a page's address as seen from the page's own address, two folders deep.
            var address = at.Kind == MarkdownLinkKind.Link ? ResolvePath(string.Concat(Enumerable.Repeat("page/", root.Length / 3)) + "index.html", pathPart) : null;
            var named = address is null ? null : PageNamed(address, dependencies);
            Report(source, at, DiagnosticCodes.LinkOutsideContent, named is not null
                ? WritePageAs(source, what, url, named, fragment)
                : $"the {what} '{url}' points outside the content folder");
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
                var page = at.Kind == MarkdownLinkKind.Image ? null : PageNamed(resolved, dependencies);
                Report(source, at, DiagnosticCodes.LinkOutsideContent, at.Kind == MarkdownLinkKind.Image
                    ? $"the image '{url}' is on a page that cannot show images; images go in essays (see CONTRIBUTING.md, \"Images\")"
                    : page is not null
                        ? WritePageAs(source, what, url, page, fragment)
                        : $"the {what} '{url}' is not an essay or topic page; only `.md` pages can be linked relatively");
            }

            return null;
        }

        if (!publication.Allows(target))
        {
            Report(source, at, DiagnosticCodes.LinksToDraft, publication.On is { } day
                ? $"the {what} '{url}' points at '{target.DisplayPath}', which {(target.PublishesOn is { } then ? $"is dated {Iso(then)}" : "is a draft")}; this essay is scheduled for {Iso(day)}, and the site's build on that day would fail: {(target.PublishesOn is { } later ? $"date this essay on or after {Iso(later)}, or add the link once the target is published" : "publish the target first, or add the link once it is published")}"
                : $"the {what} '{url}' points at '{target.DisplayPath}', which is a draft or dated in the future and will not be published");
        }

        if (fragment is { Length: > 0 })
        {
            CheckAnchor(source, at, target.Content, Uri.UnescapeDataString(fragment), $"'{target.DisplayPath}'");
        }

        linked.Add(target);
        return root + UrlPath.Escape(target.SitePath) + (fragment is { Length: > 0 } ? "#" + fragment : string.Empty);
    }

    private static string WritePageAs(ContentFile source, string what, string url, string page, string? fragment) =>
        $"the {what} '{url}' names a page but not its file; write `{RelativeFrom(source.RelativePath, page) + (fragment is { Length: > 0 } ? "#" + fragment : string.Empty)}`";

    /// <summary>
    /// The page a link without `.md` means: `other` or `other/` for `other.md` or `other/index.md`,
    /// or a page's address written relatively (`../other/`, `../../essays/other/index.html`) for the
    /// essay or topic published there. Null when it names none.
    /// </summary>
    private string? PageNamed(string resolved, LinkDependencies? dependencies)
    {
        dependencies?.LookedAtEveryPath();
        var path = resolved.EndsWith("/index.html", StringComparison.Ordinal) ? resolved[..^"/index.html".Length] : resolved;
        foreach (var candidate in (string[])[path + ".md", path + "/index.md"])
        {
            if (targets.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        var slug = path[(path.LastIndexOf('/') + 1)..];
        var folder = path.Contains("topics", StringComparison.Ordinal) ? "topics/" : "essays/";
        return targets.Where(t => t.Value.SitePath == folder + slug + "/").Select(t => t.Key).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>A link to the site's own address of an essay or topic: the relative form if the page exists, an error if it does not.</summary>
    private void CheckOwnAddress(ContentFile source, Publication publication, MarkdownLink at, string sitePath, LinkDependencies? dependencies)
    {
        dependencies?.LookedAtEveryPath();
        var page = sitePath.EndsWith('/') ? sitePath : sitePath + "/";
        var hash = at.Url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? at.Url[hash..] : string.Empty;
        var found = targets.Where(t => t.Value.SitePath == page).OrderBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault();
        if (found.Value is { } target && publication.Allows(target))
        {
            Report(source, at, DiagnosticCodes.OwnAddressLink,
                $"the link '{at.Url}' is to this site's own address; write it relatively, `{RelativeFrom(source.RelativePath, found.Key)}{fragment}`, so it is checked and works in every copy of the site (previews, a new address)");
            if (fragment.Length > 1)
            {
                CheckAnchor(source, at, target.Content, Uri.UnescapeDataString(fragment[1..]), $"'{target.DisplayPath}'");
            }

            return;
        }

        var why = found.Value is { } unpublished ? $"'{unpublished.DisplayPath}' is a draft or not published by then" : "no essay or topic is published there";
        var near = Suggest.Nearest(page, targets.Values.Where(publication.Allows).Select(t => t.SitePath));
        var hint = near is null ? string.Empty : $"; did you mean `{RelativeFrom(source.RelativePath, targets.First(t => t.Value.SitePath == near).Key)}`?";
        Report(source, at, DiagnosticCodes.OwnAddressNoPage, $"the link '{at.Url}' is to this site's own address, but {why} ('{page}'){hint}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
