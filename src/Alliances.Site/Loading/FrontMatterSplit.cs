namespace Alliances.Site.Loading;

/// <summary>
/// A Markdown file cut into its YAML front-matter and its body. The body keeps its original line
/// numbers: the front-matter lines are replaced by empty lines so Markdig's positions are the file's.
/// </summary>
public sealed record FrontMatterSplit(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    private const string Fence = "---";

    public static FrontMatterSplit Parse(string text)
    {
        if (!StartsWithFence(text))
        {
            return new FrontMatterSplit(null, 0, text, 1, Unclosed: false);
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0)
        {
            return new FrontMatterSplit(string.Empty, 2, string.Empty, 2, Unclosed: true);
        }

        var line = 2;
        var position = firstLineEnd + 1;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
            if (lineText is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var bodyStart = end < 0 ? text.Length : end + 1;
                var body = string.Concat(new string('\n', line), text.AsSpan(bodyStart));
                return new FrontMatterSplit(yaml, 2, body, line + 1, Unclosed: false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatterSplit(text[(firstLineEnd + 1)..], 2, string.Empty, line, Unclosed: true);
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith(Fence, StringComparison.Ordinal)
        && (text.Length == Fence.Length || text[Fence.Length] == '\n' || text[Fence.Length..].TrimStart(' ', '\t').StartsWith('\n'));
}
