using Alliances.Site.Scratch;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Safety;

/// <summary>
/// Bounds how deeply a Markdown body may nest, before and after Markdig parses it. Markdig has its
/// own depth limit, but it throws from deep inside its recursion after walking the input, which
/// for a pathological megabyte takes seconds. Nesting needs either a wide container prefix
/// (indentation, `>` and list markers) or many emphasis and bracket openers in one paragraph, so a
/// body with more of either than any essay needs is refused at once; the parsed tree's depth is
/// checked again before anything walks or renders it recursively.
/// </summary>
public static class NestingLimit
{
    /// <summary>Columns of indentation, quote and list markers a line may start with.</summary>
    public const int MaxContainerPrefix = 256;

    /// <summary>Emphasis delimiter runs and `[` a paragraph may hold (a long essay paragraph has a few dozen).</summary>
    public const int MaxInlineOpeners = 2_000;

    /// <summary>Depth of the parsed syntax tree; Markdig's renderer refuses a little beyond it.</summary>
    public const int MaxTreeDepth = 100;

    /// <summary>The 1-based line where the body first nests too deeply, with why, or null when it is fine.</summary>
    public static (int Line, string Problem)? FindTooDeep(string text)
    {
        var line = 1;
        var start = 0;
        var paragraphLine = 1;
        var openers = 0;
        var bareLinks = 0;
        long markers = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var content = text.AsSpan(start, end - start);
            var prefix = ContainerPrefix(content);
            if (prefix > MaxContainerPrefix)
            {
                return (line, $"too deeply nested: this line nests lists, quotes or indentation more than {MaxContainerPrefix} columns deep");
            }

            if (content.Trim().IsEmpty)
            {
                openers = 0;
                bareLinks = 0;
                markers = 0;
                paragraphLine = line + 1;
            }
            else
            {
                openers += InlineOpeners(content[Math.Min(prefix, content.Length)..]);
                if (openers > MaxInlineOpeners)
                {
                    return (paragraphLine, $"too deeply nested: this paragraph has more than {MaxInlineOpeners:N0} emphasis markers and `[` brackets, which can nest too deeply to render safely");
                }

                // A bullet item starts a paragraph of its own (it interrupts the one before), so a list
                // of links is counted item by item; other lines may continue the paragraph, so they add up.
                if (BareLinks.StartsBulletItem(content))
                {
                    (bareLinks, markers) = (0, 0);
                }

                bareLinks += BareLinks.Count(content);
                markers += BareLinks.MarkersIn(content);
                if (bareLinks > BareLinks.MaxPerParagraph || bareLinks * markers > BareLinks.MaxLinksTimesMarkers)
                {
                    return (paragraphLine, $"too many bare links: this paragraph has {bareLinks:N0} or more bare links (`www.`, `http://`) among {markers:N0} other inline markers, which take too long to parse (the limit is {BareLinks.MaxPerParagraph:N0} links, or fewer among many markers); put the links in a list, one per item");
                }
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The depth of a parsed document's tree (blocks and inlines), walked without recursion.</summary>
    public static (int Depth, MarkdownObject Deepest) TreeDepth(MarkdownDocument document)
    {
        var max = 0;
        MarkdownObject deepest = document;

        // Every essay is walked: the stack is rented, kept at its size (it holds nothing after a walk).
        var stack = ThreadScratch<Stack<(MarkdownObject Node, int Depth)>>.Rent();
        stack.Clear();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max)
            {
                (max, deepest) = (depth, node);
            }

            if (depth > MaxTreeDepth)
            {
                stack.Clear();
                break;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        stack.Clear();
        ThreadScratch<Stack<(MarkdownObject Node, int Depth)>>.Return(stack);
        return (max, deepest);
    }

    private static int InlineOpeners(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[')
            {
                count++;
            }
            else if (c is '*' or '_' or '~' && (i == 0 || line[i - 1] != c))
            {
                count++;
            }
        }

        return count;
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
