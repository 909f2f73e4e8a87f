namespace Alliances.Site.Markdown.Safety;

/// <summary>
/// Counts the places where Markdig's autolink extension would try a bare link (`www.`, `http://`,
/// `https://`, `ftp://`, `mailto:` after a space or one of `*_~(`). For each it walks back over every
/// inline already parsed in the paragraph (AutoLinkParser.IsAutoLinkValidInCurrentContext follows
/// PreviousSibling), so n bare links in one paragraph cost n² steps: 80,000 took 39 s. The count
/// lets the body be refused before Markdig sees it. (To report upstream: the walk could stop at
/// the paragraph's first inline, or keep the state it looks for.)
/// </summary>
public static class BareLinks
{
    /// <summary>Bare links a paragraph may hold; a reference list of links belongs in a list, one per item.</summary>
    public const int MaxPerParagraph = 500;

    /// <summary>
    /// Bare links times other inline markers a paragraph may hold: each link's walk passes every
    /// inline before it, and code spans, brackets and emphasis each make one. 500 links after
    /// 100,000 code spans took 15 s; this bound keeps the walks to a few million steps.
    /// </summary>
    public const long MaxLinksTimesMarkers = 2_000_000;

    private static readonly System.Buffers.SearchValues<char> Markers = System.Buffers.SearchValues.Create("`<&\\[]*_~!");

    private static readonly string[] Starts = ["www.", "http://", "https://", "ftp://", "mailto:"];

    public static bool StartsBulletItem(ReadOnlySpan<char> line) =>
        line.TrimStart(' ') is [('-' or '+' or '*'), (' ' or '\t'), .. var rest] && !rest.Trim().IsEmpty;

    /// <summary>Characters that may start an inline of their own (an over-count, which is the safe side).</summary>
    public static int MarkersIn(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (Markers.Contains(c))
            {
                count++;
            }
        }

        return count;
    }

    public static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('w' or 'W' or 'h' or 'H' or 'f' or 'F' or 'm' or 'M')
                || (i > 0 && !char.IsWhiteSpace(line[i - 1]) && line[i - 1] is not ('*' or '_' or '~' or '(')))
            {
                continue;
            }

            foreach (var start in Starts)
            {
                if (line[i..].StartsWith(start, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
