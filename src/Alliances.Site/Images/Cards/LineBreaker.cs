using System.Globalization;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// Breaks a card's text into lines no wider than the card allows, at spaces (a word wider than a
/// whole line is broken between its characters), at most a given number of lines; text that does
/// not fit ends the last line with "…". Works on the text in reading order, so it serves either direction.
/// </summary>
internal static class LineBreaker
{
    private const string Ellipsis = "\u2026";

    /// <returns>The lines, and whether text was cut.</returns>
    public static (IReadOnlyList<TextLine> Lines, bool Cut) Wrap(string text, TextStyle style, float maxWidth, int maxLines)
    {
        var words = Words(text, style, maxWidth);
        var space = TextLine.Layout(" ", style).Width;
        var lines = new List<string>();
        var current = new List<string>();
        var width = 0f;
        var index = 0;
        for (; index < words.Count && lines.Count < maxLines; index++)
        {
            var (word, wordWidth) = words[index];
            var added = current.Count == 0 ? wordWidth : width + space + wordWidth;
            if (current.Count > 0 && added > maxWidth)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
                if (lines.Count == maxLines)
                {
                    break;
                }

                added = wordWidth;
            }

            current.Add(word);
            width = added;
        }

        if (current.Count > 0 && lines.Count < maxLines)
        {
            lines.Add(string.Join(' ', current));
            current.Clear();
        }

        var cut = index < words.Count || current.Count > 0;
        if (cut && lines.Count > 0)
        {
            lines[^1] = WithEllipsis(lines[^1], style, maxWidth);
        }

        return ([.. lines.Select(l => TextLine.Layout(l, style))], cut);
    }

    /// <summary>The words with their widths; a word wider than a line comes back as pieces that each fit.</summary>
    private static List<(string Word, float Width)> Words(string text, TextStyle style, float maxWidth)
    {
        var words = new List<(string, float)>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var width = TextLine.Layout(word, style).Width;
            if (width <= maxWidth)
            {
                words.Add((word, width));
                continue;
            }

            foreach (var piece in Pieces(word, style, maxWidth))
            {
                words.Add((piece, TextLine.Layout(piece, style).Width));
            }
        }

        return words;
    }

    /// <summary>Splits a word between characters (never inside one: a letter with its marks stays whole).</summary>
    private static IEnumerable<string> Pieces(string word, TextStyle style, float maxWidth)
    {
        var elements = TextElements(word);
        var start = 0;
        while (start < elements.Count)
        {
            var end = start + 1;
            while (end < elements.Count && TextLine.Layout(string.Concat(elements.Skip(start).Take(end - start + 1)), style).Width <= maxWidth)
            {
                end++;
            }

            yield return string.Concat(elements.Skip(start).Take(end - start));
            start = end;
        }
    }

    /// <summary>The longest start of the line that fits with "…" after it (whole words where it can).</summary>
    private static string WithEllipsis(string line, TextStyle style, float maxWidth)
    {
        var words = line.Split(' ');
        for (var count = words.Length; count > 0; count--)
        {
            var candidate = string.Join(' ', words.Take(count)) + Ellipsis;
            if (TextLine.Layout(candidate, style).Width <= maxWidth)
            {
                return candidate;
            }
        }

        var elements = TextElements(words[0]);
        for (var count = elements.Count - 1; count > 0; count--)
        {
            var candidate = string.Concat(elements.Take(count)) + Ellipsis;
            if (TextLine.Layout(candidate, style).Width <= maxWidth)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }

    private static List<string> TextElements(string word)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(word);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
