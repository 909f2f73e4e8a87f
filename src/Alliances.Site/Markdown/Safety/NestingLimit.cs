namespace Alliances.Site.Markdown.Safety;

/// <summary>
/// Bounds how deeply a Markdown body may nest before Markdig sees it. Markdig has its own depth
/// limit (it throws), but only after it has walked the whole input, which for a megabyte of
/// ever-deeper list lines takes seconds; a line whose container prefix (indentation, `>` and list
/// markers) is wider than any real essay needs is refused at once instead.
/// </summary>
public static class NestingLimit
{
    /// <summary>Columns of indentation, quote and list markers a line may start with.</summary>
    public const int MaxContainerPrefix = 256;

    /// <summary>The 1-based line whose container prefix is too wide, or null when every line is fine.</summary>
    public static int? FirstTooDeepLine(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (ContainerPrefix(text.AsSpan(start, end - start)) > MaxContainerPrefix)
            {
                return line;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>
    /// Where Markdig most likely gave up, for its depth error (which carries no position): the line
    /// with the widest container prefix if it nests at all, else the line with the most brackets and
    /// emphasis markers.
    /// </summary>
    public static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        int widest = 0, widestLine = 1, busiest = -1, busiestLine = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var prefix = ContainerPrefix(lines[i]);
            if (prefix > widest)
            {
                (widest, widestLine) = (prefix, i + 1);
            }

            var markers = lines[i].AsSpan().Count('[') + lines[i].AsSpan().Count('*') + lines[i].AsSpan().Count('_');
            if (markers > busiest)
            {
                (busiest, busiestLine) = (markers, i + 1);
            }
        }

        return widest >= 32 ? widestLine : busiestLine;
    }

    /// <summary>The width in columns of a line's leading whitespace, `>` and list markers.</summary>
    internal static int ContainerPrefix(ReadOnlySpan<char> line)
    {
        var column = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ' || c == '>')
            {
                column++;
                i++;
            }
            else if (c == '\t')
            {
                column += 4 - (column % 4);
                i++;
            }
            else if (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                column++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = i;
                while (digits < line.Length && digits - i < 9 && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }

                if (digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] is ' ' or '\t'))
                {
                    column += digits + 1 - i;
                    i = digits + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
