using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// A run of text in one face and one direction, shaped by HarfBuzz: the glyphs the font's rules chose
/// (Arabic letters joined in their initial, medial and final forms, ligatures, marks placed), in
/// visual order, with their positions in pixels from the run's left edge.
/// </summary>
internal sealed record ShapedRun(CardFace Face, float Size, ushort[] Glyphs, float[] X, float[] Y, uint[] Clusters, float Width, bool RightToLeft)
{
    /// <summary>Shapes <paramref name="text"/>[start..start+length] with the text around it as context (so a letter joins across a run's edge).</summary>
    /// <param name="language">The text's BCP 47 tag: the font's language rules (Persian and Urdu forms, Turkish dotted i) follow it, never the machine's locale.</param>
    public static ShapedRun Shape(string text, int start, int length, CardFace face, float size, bool rightToLeft, string language)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Language = new Language(language);

        // Fills in only what is unset: the script, from the text.
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var x = new float[infos.Length];
        var y = new float[infos.Length];
        var clusters = new uint[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            x[i] = (pen + positions[i].XOffset) * scale;
            y[i] = -positions[i].YOffset * scale;
            pen += positions[i].XAdvance;
        }

        return new ShapedRun(face, size, glyphs, x, y, clusters, pen * scale, rightToLeft);
    }
}
