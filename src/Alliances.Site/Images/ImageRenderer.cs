using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Images;

/// <summary>
/// Writes an essay's image as the page needs it: its size (no layout shift), its resized WebP copies
/// in `srcset`, and, below the first, lazy loading. Links and images the load phase did not check
/// are written by Markdig's own renderer.
/// </summary>
internal sealed class ImageRenderer : LinkInlineRenderer
{
    /// <summary>How wide the essay column is drawn (style.css's --measure), so the browser picks the right copy.</summary>
    internal const string Sizes = "(min-width: 42rem) 40rem, 100vw";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || link.GetData(ImageUse.Key) is not ImageUse { Image: { } image } use || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        WriteImage(renderer, use, image, link.Title);
    }

    /// <param name="title">Written as a tooltip, unless the image is a figure (its title is the caption).</param>
    internal static void WriteImage(HtmlRenderer renderer, ImageUse use, ImageFile image, string? title)
    {
        renderer.Write("<img src=\"").WriteEscapeUrl(use.Url).Write('"');
        if (image.VariantWidths.Count > 0)
        {
            renderer.Write(" srcset=\"");
            for (var i = 0; i < image.VariantWidths.Count; i++)
            {
                var width = image.VariantWidths[i];
                renderer.Write(i == 0 ? string.Empty : ", ").WriteEscapeUrl(use.VariantUrl(width)).Write(' ').Write(width.ToString(CultureInfo.InvariantCulture)).Write('w');
            }

            renderer.Write("\" sizes=\"").Write(Sizes).Write('"');
        }

        renderer.Write(" width=\"").Write(image.Width.ToString(CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(image.Height.ToString(CultureInfo.InvariantCulture))
            .Write("\" alt=\"").WriteEscape(use.Alt).Write('"');
        if (!string.IsNullOrEmpty(title))
        {
            renderer.Write(" title=\"").WriteEscape(title).Write('"');
        }

        if (use.Order > 0)
        {
            // The first image is usually on the first screen: loading it lazily would delay it.
            renderer.Write(" loading=\"lazy\" decoding=\"async\"");
        }

        renderer.Write(" />");
    }
}
