using SkiaSharp;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// Draws a card: the site's name over a band of its accent colour, the title as large as fits (three
/// sizes, then cut with "…"), a rule, and the date and authors; aligned to the right for a
/// right-to-left language. Every piece of text is shaped (<see cref="TextLine"/>) in the bundled fonts.
/// </summary>
internal static class CardPainter
{
    private const float Margin = 80;
    private const float TitleTop = 150;
    private const float TitleBottom = 505;
    private const float RuleY = 530;
    private const float MetaBaseline = 582;
    private static readonly float[] TitleSizes = [72, 60, 50];

    /// <returns>The card as PNG bytes.</returns>
    public static byte[] Draw(SocialCard card)
    {
        var fonts = CardFonts.Shared;
        var palette = card.Palette;
        // Opaque: the PNG is written as RGB, without an alpha channel, which makes it about a tenth
        // smaller and encodes in about half the time of RGBA (measured on a card of three title lines).
        using var bitmap = new SKBitmap(new SKImageInfo(SocialCard.Width, SocialCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(palette.Background);
            using var fill = new SKPaint { IsAntialias = true };
            fill.Color = palette.Accent;
            canvas.DrawRect(0, 0, SocialCard.Width, 14, fill);

            var width = SocialCard.Width - (2 * Margin);
            fill.Color = palette.Accent;
            DrawLine(canvas, card.SiteName, new TextStyle(fonts.Title, 32, Direction(card.SiteName, card), card.Language), 112, width, card.RightToLeft, fill);

            fill.Color = palette.Text;
            DrawTitle(canvas, card, width, fill);

            fill.Color = palette.Rule;
            canvas.DrawRect(Margin, RuleY, width, 2, fill);

            var meta = string.Join(" · ", new[] { card.Date, card.Authors }.Where(s => s.Length > 0));
            fill.Color = palette.Muted;
            DrawLine(canvas, meta, new TextStyle(fonts.Text, 30, Direction(meta, card), card.Language), MetaBaseline, width, card.RightToLeft, fill);
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The title at the largest size at which it fits whole; at the smallest, cut.</summary>
    private static void DrawTitle(SKCanvas canvas, SocialCard card, float width, SKPaint paint)
    {
        var rightToLeft = Direction(card.Title, card);
        var arabic = card.Title.EnumerateRunes().Any(r => BidiClasses.Of(r.Value) == BidiClass.RightToLeft);
        foreach (var size in TitleSizes)
        {
            // Naskh's letters rise and fall further than Latin's: its lines need more room.
            var lineHeight = size * (arabic ? 1.55f : 1.2f);
            var maxLines = Math.Max(1, 1 + (int)((TitleBottom - TitleTop - (size * (arabic ? 1.5f : 1.25f))) / lineHeight));
            var (lines, cut) = LineBreaker.Wrap(card.Title, new TextStyle(CardFonts.Shared.Title, size, rightToLeft, card.Language), width, maxLines);
            if (cut && size != TitleSizes[^1])
            {
                continue;
            }

            var baseline = TitleTop + (size * (arabic ? 1.15f : 1f));
            foreach (var line in lines)
            {
                line.Draw(canvas, StartX(line, width, card.RightToLeft), baseline, paint);
                baseline += lineHeight;
            }

            return;
        }
    }

    private static void DrawLine(SKCanvas canvas, string text, TextStyle style, float baseline, float width, bool alignRight, SKPaint paint)
    {
        if (text.Length == 0)
        {
            return;
        }

        foreach (var line in LineBreaker.Wrap(text, style, width, 1).Lines)
        {
            line.Draw(canvas, StartX(line, width, alignRight), baseline, paint);
        }
    }

    private static float StartX(TextLine line, float width, bool alignRight) => alignRight ? Margin + width - line.Width : Margin;

    /// <summary>A text's own direction (its first letter's), else the card's.</summary>
    private static bool Direction(string text, SocialCard card) => BidiClasses.FirstStrongIsRightToLeft(text) ?? card.RightToLeft;
}
