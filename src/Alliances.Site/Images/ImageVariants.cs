namespace Alliances.Site.Images;

/// <summary>Which resized copies an image gets: never wider than the original, never more than three.</summary>
public static class ImageVariants
{
    /// <summary>The widths offered to browsers: a phone, a laptop, a large screen.</summary>
    public static readonly IReadOnlyList<int> Breakpoints = [640, 1280, 1920];

    /// <summary>WebP quality: visually close to the original at a fraction of a PNG's or JPEG's size.</summary>
    public const int Quality = 80;

    /// <summary>
    /// The breakpoints narrower than the image, and the image's own width when it is below the widest:
    /// 2000 px gives 640, 1280, 1920; 1000 px gives 640, 1000; 300 px gives 300.
    /// </summary>
    public static IReadOnlyList<int> Widths(int width)
    {
        var widths = Breakpoints.Where(b => b < width).ToList();
        if (width <= Breakpoints[^1] && width > 0)
        {
            widths.Add(width);
        }

        return widths;
    }

    /// <summary>The height of a copy <paramref name="width"/> wide, in the original's proportion.</summary>
    public static int HeightFor(ImageFile image, int width) =>
        Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width, MidpointRounding.AwayFromZero));
}
