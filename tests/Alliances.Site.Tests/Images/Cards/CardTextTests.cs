using Alliances.Site.Images.Cards;
using SkiaSharp;

namespace Alliances.Site.Tests.Images.Cards;

public sealed class CardTextTests
{
    private const string Arabic = "بيت"; // beh, yeh, teh: three letters that join

    private static readonly FaceSet Faces = CardFonts.Shared.Title;

    [Fact]
    public void Shaping_joins_arabic_letters_into_their_contextual_forms_in_right_to_left_order()
    {
        var run = ShapedRun.Shape(Arabic, 0, Arabic.Length, Faces.Arabic, 72, rightToLeft: true, "ar");
        var nominal = Arabic.Select(c => Faces.Arabic.Shaper.TryGetNominalGlyph(c, out var g) ? g : 0u).ToArray();

        // Unshaped, each letter would be its isolated form (the cmap's glyph); shaped, each one is
        // an initial, medial or final form, none of them the isolated glyph.
        Assert.Equal(3, run.Glyphs.Length);
        Assert.All(nominal, g => Assert.NotEqual(0u, g));
        Assert.Empty(run.Glyphs.Select(g => (uint)g).Intersect(nominal));

        // Visual order, left to right: the last letter first.
        Assert.Equal([2u, 1u, 0u], run.Clusters);
    }

    [Fact]
    public void A_shaped_arabic_line_is_drawn_differently_from_its_letters_drawn_unshaped()
    {
        var style = new TextStyle(Faces, 72, RightToLeft: true, "ar");
        var line = TextLine.Layout(SocialCardSiteTests.ArabicTitle, style);
        using var shaped = Canvas(canvas => line.Draw(canvas, 20, 100, Ink));

        // The same letters, each in its cmap glyph, in the order they are typed: what drawing without HarfBuzz gives.
        using var unshaped = Canvas(canvas =>
        {
            using var font = Faces.Arabic.At(72);
            canvas.DrawText(SocialCardSiteTests.ArabicTitle, 20, 100, SKTextAlign.Left, font, Ink);
        });

        Assert.True(CardPixels.Differences(shaped, unshaped) > 1000);
        Assert.True(CardPixels.Ink(shaped, SKColors.White, 0, 160).Count > 2000);
    }

    [Fact]
    public void A_latin_word_in_a_right_to_left_line_reads_left_to_right_and_stands_where_it_is_read()
    {
        // "NATO" then two Arabic words: shown right to left, the Latin word is rightmost, itself left to right.
        var line = TextLine.Layout("NATO التحالفات الأمنية", new TextStyle(Faces, 40, RightToLeft: true, "ar"));

        Assert.Equal([true, true, false], Directions(line));
        Assert.Same(Faces.Latin, line.Runs[^1].Face);
        Assert.Same(Faces.Arabic, line.Runs[0].Face);
    }

    [Fact]
    public void Numbers_in_right_to_left_text_keep_their_digits_left_to_right()
    {
        var levels = BidiLevels.Of("عام 2026", rightToLeft: true);

        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], levels.Select(l => (int)l));
        Assert.Equal([1, 0], BidiLevels.VisualOrder([2, 1]).Select(i => i));
        Assert.Equal([0, 1, 2], BidiLevels.VisualOrder([0, 0, 0]));
        Assert.Equal([0, 3, 2, 1], BidiLevels.VisualOrder([0, 1, 2, 1]));
    }

    [Fact]
    public void A_long_title_wraps_within_the_width_and_is_cut_with_an_ellipsis_after_the_last_line()
    {
        var title = string.Join(' ', Enumerable.Repeat("Keselamatan serantau dan diplomasi", 12));
        var (lines, cut) = LineBreaker.Wrap(title, new TextStyle(Faces, 50, RightToLeft: false, "ms"), 1040, 4);

        Assert.True(cut);
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.InRange(l.Width, 500, 1040));
        var last = lines[^1].Runs.SelectMany(r => r.Glyphs).Last();
        Assert.Equal(Faces.Latin.Shaper.TryGetNominalGlyph('\u2026', out var ellipsis) ? ellipsis : 0u, last);
    }

    [Fact]
    public void A_title_that_fits_is_not_cut_and_a_word_wider_than_a_line_is_broken()
    {
        var style = new TextStyle(Faces, 72, RightToLeft: false, "tr");
        var (fits, cut) = LineBreaker.Wrap("Türkiye'nin güvenlik ittifakları", style, 1040, 3);
        var (broken, _) = LineBreaker.Wrap(new string('M', 40), style, 1040, 3);

        Assert.False(cut);
        Assert.Equal(2, fits.Count);
        Assert.True(broken.Count >= 2);
        Assert.All(broken, l => Assert.True(l.Width <= 1040));
    }

    [Fact]
    public void The_palette_is_read_from_the_stylesheets_first_colours()
    {
        var css = ":root { --bg: #112233; --text: #fff; }\n@media (prefers-color-scheme: dark) { :root { --bg: #000000; } }"u8.ToArray();
        var palette = CardPalette.FromCss(css);

        Assert.Equal(new SKColor(0x11, 0x22, 0x33), palette.Background);
        Assert.Equal(SKColors.White, palette.Text);
        Assert.Equal(CardPalette.Default.Accent, palette.Accent);
    }

    private static bool[] Directions(TextLine line) => [.. line.Runs.Select(r => r.RightToLeft)];

    private static readonly SKPaint Ink = new() { Color = SKColors.Black, IsAntialias = true };

    private static SKBitmap Canvas(Action<SKCanvas> draw)
    {
        var bitmap = new SKBitmap(new SKImageInfo(900, 160, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        draw(canvas);
        return bitmap;
    }
}
