namespace Alliances.Site.Images;

/// <summary>The image formats an essay may use. Raster formats are told by their first bytes, never by the file name.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
    Gif,
    Avif,
    Svg,
}

/// <summary>What the generator accepts as an image, and how it recognises one.</summary>
public static class ImageFormats
{
    /// <summary>The largest image file accepted (10 MiB): larger ones are print originals, not web images.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest SVG accepted (1 MiB): it is text the browser parses on every view.</summary>
    public const long MaxSvgBytes = 1024 * 1024;

    /// <summary>The most pixels a raster image may have (50 megapixels): decoding one holds 4 bytes per pixel.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The file-name endings treated as images (lowercase).</summary>
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif", ".svg"];

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsImagePath(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The raster format the bytes start with, or null.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return AvifBox.IsAvif(head) ? ImageFormat.Avif : null;
    }

    /// <summary>The name editors know the format by, for messages.</summary>
    public static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Png => "PNG",
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.WebP => "WebP",
        ImageFormat.Gif => "GIF",
        ImageFormat.Avif => "AVIF",
        _ => "SVG",
    };

    /// <summary>Whether the build makes resized WebP copies: not for GIF (an animation would stop), AVIF (already small; not decoded here) or SVG (scales by itself).</summary>
    public static bool HasVariants(ImageFormat format) => format is ImageFormat.Png or ImageFormat.Jpeg or ImageFormat.WebP;
}
