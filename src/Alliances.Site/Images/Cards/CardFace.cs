using System.Runtime.InteropServices;
using SkiaSharp;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// One bundled font file, opened twice over the same bytes: by HarfBuzz to shape text and by Skia to
/// draw the glyphs it chose. Both are made once and shared by every thread (neither is changed after),
/// for the life of the process: the fonts are never released.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The bundled fonts live as long as the process; nothing disposes them.")]
internal sealed unsafe class CardFace
{
    // HarfBuzz reads the font from this memory whenever it shapes: it must not move or be freed, so it
    // is native memory, and the blob and face are kept here so no finalizer releases them.
    private readonly HarfBuzzSharp.Blob _blob;
    private readonly HarfBuzzSharp.Face _face;

    public CardFace(byte[] bytes)
    {
        Typeface = SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidDataException("a bundled card font cannot be read by Skia");
        var memory = NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(memory, bytes.Length));
        _blob = new HarfBuzzSharp.Blob((IntPtr)memory, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        _blob.MakeImmutable();
        _face = new HarfBuzzSharp.Face(_blob, 0);
        _face.MakeImmutable();
        UnitsPerEm = _face.UnitsPerEm;
        Shaper = new HarfBuzzFont(_face);

        // Positions come back in font units, exact integers; they are scaled to pixels when drawn.
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
    }

    public SKTypeface Typeface { get; }

    public HarfBuzzFont Shaper { get; }

    public int UnitsPerEm { get; }

    /// <summary>Whether the font has a glyph for the code point (its cmap maps it).</summary>
    public bool Covers(int codePoint) => Shaper.TryGetNominalGlyph((uint)codePoint, out var glyph) && glyph != 0;

    /// <summary>A Skia font at <paramref name="size"/> pixels, set up so the same glyphs rasterise the same everywhere.</summary>
    public SKFont At(float size) => new(Typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };
}
