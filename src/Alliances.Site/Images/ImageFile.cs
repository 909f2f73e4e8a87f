namespace Alliances.Site.Images;

/// <summary>
/// An image of the content folder, checked and measured at load.
/// </summary>
/// <param name="ContentPath">Relative to the content folder, '/' separators (as links name it).</param>
/// <param name="Width">As displayed: after the JPEG's orientation tag is applied.</param>
/// <param name="Hash">SHA-256 of the file's bytes, hex: the key its resized copies are cached by.</param>
public sealed record ImageFile(string ContentPath, ImageFormat Format, int Width, int Height, string Hash)
{
    /// <summary>The widths of its resized WebP copies, ascending (empty for formats without them).</summary>
    public IReadOnlyList<int> VariantWidths { get; } = ImageFormats.HasVariants(Format) ? ImageVariants.Widths(Width) : [];

    /// <summary>A copy's file name beside the original: `map.png` at 640 px is `map-640w.webp`.</summary>
    public static string VariantName(string originalName, int width) => $"{Path.GetFileNameWithoutExtension(originalName)}-{width}w.webp";
}
