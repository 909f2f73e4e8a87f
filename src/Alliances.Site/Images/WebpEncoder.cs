using SkiaSharp;

namespace Alliances.Site.Images;

/// <summary>
/// Makes an image's resized WebP copies with SkiaSharp: decoded once, turned by its orientation tag,
/// drawn at each width with mipmapped linear sampling, encoded at <see cref="ImageVariants.Quality"/>.
/// The same bytes and widths give the same output on every run (Skia's CPU raster and libwebp are
/// deterministic; the Native AOT binary and `dotnet run` use the same native library).
/// </summary>
internal static class WebpEncoder
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <returns>One WebP per width, in the order given; null when the file cannot be decoded.</returns>
    public static byte[][]? Encode(byte[] original, IReadOnlyList<int> widths)
    {
        using var data = SKData.CreateCopy(original);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        decoded.SetImmutable();
        using var image = SKImage.FromBitmap(decoded);
        var origin = codec.EncodedOrigin;
        var orient = Orientation.Matrix(origin, info.Width, info.Height);
        var shownWidth = Orientation.SwapsAxes(origin) ? info.Height : info.Width;
        var copies = new byte[widths.Count][];
        for (var i = 0; i < widths.Count; i++)
        {
            var width = widths[i];
            var height = Math.Max(1, (int)Math.Round((double)(Orientation.SwapsAxes(origin) ? info.Width : info.Height) * width / shownWidth, MidpointRounding.AwayFromZero));
            using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(target))
            {
                canvas.Clear(SKColors.Transparent);
                var scale = (float)width / shownWidth;
                canvas.SetMatrix(SKMatrix.CreateScale(scale, scale).PreConcat(orient));
                canvas.DrawImage(image, 0, 0, Sampling);
            }

            using var encoded = target.Encode(SKEncodedImageFormat.Webp, ImageVariants.Quality);
            copies[i] = encoded.ToArray();
        }

        return copies;
    }
}
