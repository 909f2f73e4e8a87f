using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Images;

/// <summary>
/// Checks an essay's images at load, relative to the essay's file as links are: each must be a file
/// in the essay's own folder (a bundle, `essays/&lt;slug&gt;/index.md`) or in `content/images/`,
/// exist, be described, and be an image the site can publish. Each usable one gets its final URL and
/// an <see cref="ImageUse"/> on its node; the link phase leaves them alone.
/// </summary>
public sealed class EssayImages(ImageCatalog catalog, string essayPath, string displayPath, DiagnosticBag diagnostics)
{
    /// <summary>The shared folder every essay may take images from.</summary>
    public const string SharedFolder = "images/";

    /// <summary>The folder an essay's own images sit in: `essays/x/` for `essays/x/index.md`; null for `essays/x.md`.</summary>
    public static string? BundleFolder(string essayPath) =>
        essayPath.EndsWith("/index.md", StringComparison.Ordinal) && essayPath.Count(c => c == '/') == 2 ? essayPath[..^"index.md".Length] : null;

    /// <summary>Checks every image of the tree (title already lifted) and returns their uses in tree order.</summary>
    public IReadOnlyList<ImageUse> Resolve(MarkdownDocument document)
    {
        var uses = new List<ImageUse>();
        var order = 0;
        EachLink(document, (link, number) =>
        {
            if (link.IsImage && Check(link, number, order) is { } use)
            {
                Use(link, use);
                uses.Add(use);
                order += use.Image is null ? 0 : 1;
            }
        });
        return uses;
    }

    /// <summary>
    /// Puts the load phase's decisions back on a tree parsed again from the same text, before its links
    /// are resolved: the same walk as <see cref="Resolve"/>, so each use finds its image by its number.
    /// </summary>
    public static void Attach(MarkdownDocument document, IReadOnlyList<ImageUse> uses)
    {
        if (uses.Count == 0)
        {
            return;
        }

        var next = 0;
        EachLink(document, (link, number) =>
        {
            if (next < uses.Count && uses[next].Link == number)
            {
                Use(link.IsImage ? link : throw new InvalidOperationException($"the tree parsed again has a link where its first parse had an image, at {link.Line + 1}:{link.Column + 1}"), uses[next++]);
            }
        });
        if (next != uses.Count)
        {
            throw new InvalidOperationException($"the tree parsed again has {next} of the body's {uses.Count} images");
        }
    }

    /// <summary>
    /// Every link node of the tree with its number among the links and autolinks, counted as the tree
    /// was parsed (an image's description, taken out by <see cref="Use"/>, is still walked): the one
    /// walk <see cref="Resolve"/> and <see cref="Attach"/> share.
    /// </summary>
    private static void EachLink(MarkdownDocument document, Action<LinkInline, int> visit)
    {
        var number = 0;
        foreach (var node in TreeWalk.Below(document))
        {
            switch (node)
            {
                case LinkInline link:
                    visit(link, number++);
                    break;
                case AutolinkInline:
                    number++;
                    break;
            }
        }
    }

    private static void Use(LinkInline link, ImageUse use)
    {
        link.SetData(ImageUse.Key, use);
        Describe(link, use);
    }

    /// <summary>A decorative image's marker is not its description: taken out, so neither search nor the page shows it.</summary>
    private static void Describe(LinkInline link, ImageUse use)
    {
        if (use.Alt.Length == 0)
        {
            while (link.FirstChild is { } child)
            {
                child.Remove();
            }
        }
    }

    /// <returns>Null for a target the link phase decides (one that could run script: removed with ALL203).</returns>
    private ImageUse? Check(LinkInline link, int number, int order)
    {
        var url = link.Url ?? string.Empty;
        var at = new SourceLocation(displayPath, link.Line + 1, link.Column + 1);
        var kind = UrlSafety.Classify(url);
        if (kind == UrlKind.Unsafe)
        {
            return null;
        }

        var failed = new ImageUse(null, url, number, order, string.Empty);
        if (kind != UrlKind.Relative)
        {
            var where = kind == UrlKind.External ? "is on another host; the site loads nothing from other hosts" : "is not a file";
            diagnostics.Report(at, DiagnosticCodes.ImageElsewhere, $"the image '{Short(url)}' {where}: save the image in the essay's folder (or content/images/) and write its file name");
            return failed;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(cut >= 0 ? url[..cut] : url);
        var resolved = LinkRewriter.ResolvePath(essayPath, path);
        if (resolved is not null && !ImageFormats.IsImagePath(resolved))
        {
            diagnostics.Report(at, DiagnosticCodes.ImageFormat,
                $"'{Short(url)}' is not an image file; an image is a .png, .jpg, .webp, .gif, .avif or .svg{(resolved.EndsWith(".md", StringComparison.Ordinal) ? " (to link a page, write `[text](…)` without the `!`)" : string.Empty)}");
            return failed;
        }

        var bundle = BundleFolder(essayPath);
        if (resolved is null || !(resolved.StartsWith(SharedFolder, StringComparison.Ordinal) || (bundle is not null && resolved.StartsWith(bundle, StringComparison.Ordinal))))
        {
            var home = bundle is null
                ? "content/images/ (or make the essay a folder, essays/<slug>/index.md, with its images beside it)"
                : $"the essay's folder ({bundle}) or content/images/";
            diagnostics.Report(at, DiagnosticCodes.ImageElsewhere, $"the image '{Short(url)}' is {(resolved is null ? "outside the content folder" : $"'{resolved}'")}; an essay's images live in {home}");
            return failed;
        }

        var alt = InlineText.Of(link);
        if (catalog.Get(resolved) is not { } inspected)
        {
            var candidates = catalog.ImagesIn(SharedFolder.TrimEnd('/')).Concat(bundle is null ? [] : catalog.ImagesIn(bundle.TrimEnd('/'))).ToList();
            var near = Suggest.Nearest(resolved, candidates);
            var hint = near is null ? string.Empty : $"; did you mean `{Relative(near)}`?";
            diagnostics.Report(at, DiagnosticCodes.ImageMissing, $"the image '{Short(url)}' points at '{resolved}', which does not exist{hint}");
            return failed;
        }

        if (inspected.Image is not { } image)
        {
            diagnostics.Report(at, inspected.Code!, $"the image '{resolved}' {inspected.Problem}");
            return failed;
        }

        if (alt.Length == 0)
        {
            diagnostics.Report(at, DiagnosticCodes.ImageNoAlt,
                $"the image '{Short(url)}' has no description; write what it shows between the brackets, `![A map of the member states]({Short(url)})`, or `![{ImageUse.DecorativeMarker}]({Short(url)})` if it only decorates");
            return failed;
        }

        var decorative = alt.Trim().Equals(ImageUse.DecorativeMarker, StringComparison.OrdinalIgnoreCase);
        var pageUrl = bundle is not null && resolved.StartsWith(bundle, StringComparison.Ordinal)
            ? UrlPath.Escape(resolved[bundle.Length..])
            : "../../" + UrlPath.Escape(resolved);
        return new ImageUse(image, pageUrl, number, order, decorative ? string.Empty : alt);
    }

    private string Relative(string contentPath)
    {
        var folder = essayPath[..(essayPath.LastIndexOf('/') + 1)];
        return contentPath.StartsWith(folder, StringComparison.Ordinal) ? contentPath[folder.Length..] : string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/'))) + contentPath;
    }

    private static string Short(string url) => url.Length > 60 ? url[..60] + "…" : url;
}
