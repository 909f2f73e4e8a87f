using SkiaSharp;

namespace Alliances.Site.Tests.Images.Cards;

/// <summary>The pixels of a band of a card that differ from its background: how many, and how far they reach.</summary>
internal static class CardPixels
{
    public static (int Count, int MinX, int MaxX) Ink(SKBitmap bitmap, SKColor background, int top, int bottom)
    {
        var (count, minX, maxX) = (0, int.MaxValue, -1);
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) != background)
                {
                    count++;
                    minX = Math.Min(minX, x);
                    maxX = Math.Max(maxX, x);
                }
            }
        }

        return (count, minX, maxX);
    }

    /// <summary>How many pixels two bitmaps of one size differ in.</summary>
    public static int Differences(SKBitmap a, SKBitmap b)
    {
        var count = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                count += a.GetPixel(x, y) == b.GetPixel(x, y) ? 0 : 1;
            }
        }

        return count;
    }
}
