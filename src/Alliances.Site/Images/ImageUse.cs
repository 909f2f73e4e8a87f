namespace Alliances.Site.Images;

/// <summary>
/// One `![…](…)` of an essay that names a file of the site, as the load phase decided it. It is kept
/// on the image's syntax node (and on the body, to put back on a tree parsed again) for the renderer.
/// </summary>
/// <param name="Image">The checked image; null when it cannot be published (reported: the build fails).</param>
/// <param name="Url">The image's URL from the essay's page, final at load: `map.png` beside the page, `../../images/x.png` shared.</param>
/// <param name="Link">Its number among the tree's links as <see cref="EssayImages"/> walks it (before any description is taken out), for <see cref="EssayImages.Attach"/>.</param>
/// <param name="Order">Its place among the essay's usable images: the first (0) is loaded at once and is the page's og:image.</param>
/// <param name="Alt">The description: the text between the brackets; empty for a decorative image.</param>
public sealed record ImageUse(ImageFile? Image, string Url, int Link, int Order, string Alt)
{
    /// <summary>The key of <see cref="Markdig.Syntax.MarkdownObject.GetData"/> an image node carries its use under.</summary>
    public static readonly object Key = typeof(ImageUse);

    /// <summary>The description an editor writes for an image that only decorates: it is published with an empty alt.</summary>
    public const string DecorativeMarker = "decorative";

    /// <summary>The URL of the copy <paramref name="width"/> px wide, beside <see cref="Url"/>.</summary>
    public string VariantUrl(int width) =>
        Url[..(Url.LastIndexOf('/') + 1)] + Uri.EscapeDataString(ImageFile.VariantName(Uri.UnescapeDataString(Url[(Url.LastIndexOf('/') + 1)..]), width));
}
