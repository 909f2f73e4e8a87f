using SkiaSharp;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// One line of a card, laid out: split into runs of one face and one bidi level, each shaped, and
/// the runs put in visual order. Its width is what the line breaker measures.
/// </summary>
internal sealed class TextLine
{
    private TextLine(IReadOnlyList<ShapedRun> visualRuns)
    {
        Runs = visualRuns;
        Width = visualRuns.Sum(r => r.Width);
    }

    /// <summary>The shaped runs, left to right as shown.</summary>
    public IReadOnlyList<ShapedRun> Runs { get; }

    public float Width { get; }

    public static TextLine Layout(string text, TextStyle style)
    {
        var levels = BidiLevels.Of(text, style.RightToLeft);
        var faces = Faces(text, style.Faces);
        var runs = new List<ShapedRun>();
        var runLevels = new List<byte>();
        for (var start = 0; start < text.Length;)
        {
            var end = start + 1;
            while (end < text.Length && levels[end] == levels[start] && faces[end] == faces[start])
            {
                end++;
            }

            runs.Add(ShapedRun.Shape(text, start, end - start, faces[start], style.Size, levels[start] % 2 == 1, style.Language));
            runLevels.Add(levels[start]);
            start = end;
        }

        return new TextLine([.. BidiLevels.VisualOrder(runLevels).Select(i => runs[i])]);
    }

    /// <summary>Draws the line with its left edge at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        using var builder = new SKTextBlobBuilder();
        var pen = x;
        foreach (var run in Runs)
        {
            var points = new SKPoint[run.Glyphs.Length];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = new SKPoint(pen + run.X[i], baseline + run.Y[i]);
            }

            using var font = run.Face.At(run.Size);
            builder.AddPositionedRun(run.Glyphs, font, points);
            pen += run.Width;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    /// <summary>
    /// The face of each UTF-16 unit: a letter's by its script; a space, a punctuation mark, a digit or
    /// a combining mark takes its neighbour's (the one before, else the one after), if that face has it.
    /// </summary>
    private static CardFace[] Faces(string text, FaceSet set)
    {
        var faces = new CardFace?[text.Length];
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
            faces[i] = set.For(codePoint, BidiClasses.Of(codePoint));
        }

        var first = faces.FirstOrDefault(f => f is not null) ?? set.Latin;
        var previous = first;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0)
            {
                faces[i] = faces[i - 1];
                continue;
            }

            if (faces[i] is null)
            {
                var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
                faces[i] = previous.Covers(codePoint) || char.IsWhiteSpace(text[i]) ? previous
                    : set.Latin.Covers(codePoint) ? set.Latin
                    : set.Arabic.Covers(codePoint) ? set.Arabic
                    : previous;
            }

            previous = faces[i]!;
        }

        return faces!;
    }
}

/// <summary>How a piece of a card's text is set: faces, size in pixels, direction of the paragraph, language.</summary>
internal sealed record TextStyle(FaceSet Faces, float Size, bool RightToLeft, string Language);
