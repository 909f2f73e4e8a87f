using Alliances.Site.Model;

namespace Alliances.Site.Images;

/// <summary>The picture a link preview shows for a page (`og:image`), with its description.</summary>
public sealed record SocialImage(string Url, string Alt, int Width, int Height)
{
    /// <summary>
    /// The one place that decides a page's og:image: an essay's first image, as its widest WebP copy
    /// (the original for GIF and AVIF; previews do not show SVG, so an SVG gives none), absolute.
    /// </summary>
    public static SocialImage? For(Essay essay, SiteConfig config)
    {
        foreach (var use in essay.Body.Images)
        {
            if (use.Image is not { } image)
            {
                continue;
            }

            if (image.Format == ImageFormat.Svg)
            {
                return null;
            }

            var sitePath = SiteImages.SitePath(essay, image);
            var folder = sitePath[..(sitePath.LastIndexOf('/') + 1)];
            var (path, width) = image.VariantWidths is [.., var widest]
                ? (folder + ImageFile.VariantName(Path.GetFileName(sitePath), widest), widest)
                : (sitePath, image.Width);
            var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
            return new SocialImage(config.AbsoluteUrl(escaped), use.Alt, width, width == image.Width ? image.Height : ImageVariants.HeightFor(image, width));
        }

        return null;
    }
}
