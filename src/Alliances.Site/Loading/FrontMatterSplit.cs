namespace Alliances.Site.Loading;

/// <summary>
/// A Markdown file cut into its YAML front-matter and its body. The body keeps its original line
/// numbers: the front-matter lines are replaced by empty lines so Markdig's positions are the file's.
/// </summary>
public sealed record FrontMatterSplit(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    /// <summary>Blank lines above the opening `---` (a mistake, reported): the front-matter is read all the same, with its own line numbers.</summary>
    public int BlankLinesBefore { get; init; }

    private const string Fence = "---";

    /// <summary>What a body starts with in place of its front-matter lines (more than these are made).</summary>
    private static readonly string Newlines = new('\n', 256);

    /// <summary>Cuts a whole file's normalised text; a file without front-matter is its own body, not a copy.</summary>
    public static FrontMatterSplit Parse(string text) =>
        StartsWithFence(text) ? Cut(text) : AfterBlankLines(text) ?? new FrontMatterSplit(null, 0, text, 1, Unclosed: false);

    /// <summary>As <see cref="Parse(string)"/>, from text that is not a string (a read buffer).</summary>
    public static FrontMatterSplit Parse(ReadOnlySpan<char> text) =>
        StartsWithFence(text) ? Cut(text) : AfterBlankLines(text) ?? new FrontMatterSplit(null, 0, text.ToString(), 1, Unclosed: false);

    /// <summary>The front-matter below blank lines, cut as if it started the file but with the file's line numbers; null if none is there.</summary>
    private static FrontMatterSplit? AfterBlankLines(ReadOnlySpan<char> text)
    {
        var start = 0;
        var blank = 0;
        while (text[start..].IndexOf('\n') is >= 0 and var end && text.Slice(start, end).IsWhiteSpace())
        {
            start += end + 1;
            blank++;
        }

        if (blank == 0 || !StartsWithFence(text[start..]))
        {
            return null;
        }

        var cut = Cut(text[start..]);
        return cut with
        {
            YamlFirstLine = cut.YamlFirstLine + blank,
            BodyFirstLine = cut.BodyFirstLine + blank,
            Body = new string('\n', blank) + cut.Body,
            BlankLinesBefore = blank,
        };
    }

    private static FrontMatterSplit Cut(ReadOnlySpan<char> text)
    {
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0)
        {
            return new FrontMatterSplit(string.Empty, 2, string.Empty, 2, Unclosed: true);
        }

        var line = 2;
        var position = firstLineEnd + 1;
        while (position <= text.Length)
        {
            var end = text[position..].IndexOf('\n') is >= 0 and var offset ? position + offset : -1;
            var lineText = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (lineText is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position].ToString();
                var rest = text[(end < 0 ? text.Length : end + 1)..];
                var body = string.Concat(line <= Newlines.Length ? Newlines.AsSpan(0, line) : new string('\n', line), rest);
                return new FrontMatterSplit(yaml, 2, body, line + 1, Unclosed: false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatterSplit(text[(firstLineEnd + 1)..].ToString(), 2, string.Empty, line, Unclosed: true);
    }

    private static bool StartsWithFence(ReadOnlySpan<char> text) =>
        text.StartsWith(Fence, StringComparison.Ordinal)
        && (text.Length == Fence.Length || text[Fence.Length] == '\n' || text[Fence.Length..].TrimStart(" \t").StartsWith('\n'));
}
