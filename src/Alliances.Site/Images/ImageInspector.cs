using System.Security.Cryptography;
using SkiaSharp;

namespace Alliances.Site.Images;

/// <summary>What reading one image file found: the image, or why it cannot be published (and which code says so).</summary>
public sealed record InspectedImage(ImageFile? Image, Diagnostics.DiagnosticCode? Code, string? Problem);

/// <summary>Reads an image file's format and size from its header (no full decode), and checks the limits.</summary>
public static class ImageInspector
{
    public static InspectedImage Inspect(string fullPath, string contentPath)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            var isSvg = contentPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
            var limit = isSvg ? ImageFormats.MaxSvgBytes : ImageFormats.MaxBytes;
            if (length > limit)
            {
                return Refused(Diagnostics.DiagnosticCodes.ImageTooLarge, $"is {length:N0} bytes; the limit is {limit:N0}{(isSvg ? " for an SVG" : string.Empty)}: save it smaller (a web image rarely needs more than 2,000 px across)");
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(Diagnostics.DiagnosticCodes.ImageFormat, $"cannot be read: {e.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (contentPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var (width, height, problem) = SvgCheck.Inspect(stream);
            return problem is null
                ? new(new ImageFile(contentPath, ImageFormat.Svg, width, height, hash), null, null)
                : Refused(problem.StartsWith("is not", StringComparison.Ordinal) || problem.StartsWith("has no size", StringComparison.Ordinal)
                    ? Diagnostics.DiagnosticCodes.ImageFormat : Diagnostics.DiagnosticCodes.UnsafeSvg, problem);
        }

        if (ImageFormats.Sniff(bytes) is not { } format)
        {
            return Refused(Diagnostics.DiagnosticCodes.ImageFormat, "is not a PNG, JPEG, WebP, GIF, AVIF or SVG image; export it as one of those");
        }

        var size = format == ImageFormat.Avif ? AvifBox.Size(bytes) : RasterSize(bytes);
        if (size is not { Width: > 0, Height: > 0 } s)
        {
            return Refused(Diagnostics.DiagnosticCodes.ImageFormat, $"starts like a {ImageFormats.Name(format)} but its size cannot be read (the file is damaged); export it again");
        }

        if ((long)s.Width * s.Height > ImageFormats.MaxPixels)
        {
            return Refused(Diagnostics.DiagnosticCodes.ImageTooLarge, $"is {s.Width:N0} × {s.Height:N0} pixels; the limit is {ImageFormats.MaxPixels:N0} pixels: resize it");
        }

        return new(new ImageFile(contentPath, format, s.Width, s.Height, hash), null, null);
    }

    /// <summary>The displayed size: a JPEG turned by its orientation tag shows with width and height swapped.</summary>
    private static (int Width, int Height)? RasterSize(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        return Orientation.SwapsAxes(codec.EncodedOrigin) ? (height, width) : (width, height);
    }

    private static InspectedImage Refused(Diagnostics.DiagnosticCode code, string problem) => new(null, code, problem);
}
