using SkiaSharp;

namespace Alliances.Site.Tests.Support;

/// <summary>Real PNG, JPEG and WebP files drawn at test time (a disc on a plain ground), so no binary is checked in.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The width and height of an encoded image, as a decoder reads them.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format) Measure(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Teal);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 85);
        return data.ToArray();
    }
}
