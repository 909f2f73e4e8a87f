namespace Alliances.Site.Images.Cards;

/// <summary>
/// Embedding levels and visual order for one line of a card, by the Unicode Bidirectional Algorithm
/// reduced to what a title or a byline holds (no explicit embeddings or isolates): numbers follow
/// rule W7, neutrals N1/N2, levels I1/I2, and the line is reordered by L2. Letters within a run are
/// put in visual order by the shaper (a right-to-left run is shaped right to left).
/// </summary>
internal static class BidiLevels
{
    /// <summary>One level per UTF-16 unit of <paramref name="text"/> (both halves of a surrogate pair get the same).</summary>
    public static byte[] Of(string text, bool rightToLeft)
    {
        var kinds = new BidiClass[text.Length];
        var previous = BidiClass.Neutral;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var kind = BidiClasses.Of(char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i]);
            kind = kind == BidiClass.Mark ? previous : kind;
            kinds[i] = kind;
            if (char.IsSurrogatePair(text, i))
            {
                kinds[i + 1] = kind;
            }

            previous = kind;
        }

        // W7: a number after left-to-right letters (or at the start of a left-to-right line) is left to right.
        var strong = new bool?[text.Length];
        var lastStrongRtl = rightToLeft;
        for (var i = 0; i < text.Length; i++)
        {
            strong[i] = kinds[i] switch
            {
                BidiClass.LeftToRight => false,
                BidiClass.RightToLeft => true,
                BidiClass.Number => lastStrongRtl,
                _ => null,
            };
            if (kinds[i] is BidiClass.LeftToRight or BidiClass.RightToLeft)
            {
                lastStrongRtl = kinds[i] == BidiClass.RightToLeft;
            }
        }

        // N1/N2: neutrals between two of one direction take it; otherwise the line's.
        for (var i = 0; i < text.Length;)
        {
            if (strong[i] is not null)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && strong[end] is null)
            {
                end++;
            }

            var before = i == 0 ? rightToLeft : strong[i - 1]!.Value;
            var after = end == text.Length ? rightToLeft : strong[end]!.Value;
            for (var k = i; k < end; k++)
            {
                strong[k] = before == after ? before : rightToLeft;
            }

            i = end;
        }

        // I1/I2.
        var levels = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            // A number is never shown right to left: it goes one level up from the text around it.
            levels[i] = (rightToLeft, strong[i]!.Value) switch
            {
                (false, false) => 0,
                (_, true) => (byte)(kinds[i] == BidiClass.Number ? 2 : 1),
                (true, false) => 2,
            };
        }

        return levels;
    }

    /// <summary>Rule L2 over runs: the order, left to right, in which runs with these levels are shown.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        var order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (runLevels.Count == 0)
        {
            return order;
        }

        var highest = runLevels.Max();
        var lowestOdd = runLevels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (runLevels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && runLevels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }
}
