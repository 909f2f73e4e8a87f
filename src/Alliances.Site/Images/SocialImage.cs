using Alliances.Site.Images.Cards;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Images;

/// <summary>The picture a link preview shows for a page (`og:image`), with its description.</summary>
public sealed record SocialImage(string Url, string Alt, int Width, int Height)
{
    /// <summary>
    /// The one place that decides a page's og:image: an essay's first image, as its widest WebP copy
    /// (the original for GIF and AVIF), absolute; for an essay without one (or whose first image is an
    /// SVG, which previews do not show), its drawn card (<see cref="CardPath"/>), unless `social_cards: false`.
    /// </summary>
    public static SocialImage? For(Essay essay, SiteConfig config) =>
        HasOwn(essay) ? Own(essay, config) : config.SocialCards ? Card(essay, config) : null;

    /// <summary>Whether the essay's own first image is its og:image (so it gets no card).</summary>
    public static bool HasOwn(Essay essay) => essay.Body.Images.FirstOrDefault(u => u.Image is not null)?.Image is { Format: not ImageFormat.Svg };

    /// <summary>Where an essay's card is published: `cards/&lt;slug&gt;.png`, a folder no content file can reach.</summary>
    public static string CardPath(Essay essay) => $"cards/{essay.Slug}.png";

    private static SocialImage Card(Essay essay, SiteConfig config) =>
        new(config.AbsoluteUrl(UrlPath.Escape(CardPath(essay))), $"{essay.Title} — {config.Title}", SocialCard.Width, SocialCard.Height);

    private static SocialImage Own(Essay essay, SiteConfig config)
    {
        var use = essay.Body.Images.First(u => u.Image is not null);
        var image = use.Image!;
        var sitePath = SiteImages.SitePath(essay, image);
        var folder = sitePath[..(sitePath.LastIndexOf('/') + 1)];
        var (path, width) = image.VariantWidths is [.., var widest]
            ? (folder + ImageFile.VariantName(Path.GetFileName(sitePath), widest), widest)
            : (sitePath, image.Width);
        var escaped = UrlPath.Escape(path);
        return new SocialImage(config.AbsoluteUrl(escaped), use.Alt, width, width == image.Width ? image.Height : ImageVariants.HeightFor(image, width));
    }
}
