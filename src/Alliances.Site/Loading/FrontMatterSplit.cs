namespace Alliances.Site.Loading;

/// <summary>
/// A Markdown file cut into its YAML front-matter and its body. The body keeps its original line
/// numbers: the front-matter lines are replaced by empty lines so Markdig's positions are the file's.
/// </summary>
public sealed record FrontMatterSplit(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    private const string Fence = "---";

    /// <summary>What a body starts with in place of its front-matter lines (more than these are made).</summary>
    private static readonly string Newlines = new('\n', 256);

    /// <summary>Cuts a whole file's normalised text; a file without front-matter is its own body, not a copy.</summary>
    public static FrontMatterSplit Parse(string text) =>
        StartsWithFence(text) ? Cut(text) : new FrontMatterSplit(null, 0, text, 1, Unclosed: false);

    /// <summary>As <see cref="Parse(string)"/>, from text that is not a string (a read buffer).</summary>
    public static FrontMatterSplit Parse(ReadOnlySpan<char> text) =>
        StartsWithFence(text) ? Cut(text) : new FrontMatterSplit(null, 0, text.ToString(), 1, Unclosed: false);

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
