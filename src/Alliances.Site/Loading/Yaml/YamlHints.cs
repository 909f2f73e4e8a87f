using System.Text.RegularExpressions;

namespace Alliances.Site.Loading.Yaml;

/// <summary>
/// What an editor meant when YAML read a line otherwise: a tab in the indentation, and a `key: value`
/// whose unquoted value YAML reads as something else (a list, an anchor, another key, a comment).
/// Each hint names the line and gives the quoted form to write, in place of the YAML library's words.
/// </summary>
public static partial class YamlHints
{
    /// <summary>Keys whose text a ` #` cutting it short would lose silently.</summary>
    private static readonly string[] TextKeys = ["title", "summary", "description"];

    /// <summary>A hint for one line (0-based within the YAML): where the value starts and what to write.</summary>
    public sealed record Hint(int Line, int Column, string Message);

    /// <summary>The first line indented with a tab, and how many lines are: YAML allows only spaces.</summary>
    public static (int Line, int Column, int Count)? TabIndent(string yaml)
    {
        // Every file's front-matter passes here: without a tab there is nothing to split.
        if (!yaml.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        (int Line, int Column, int Count)? found = null;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && lines[i].Trim().Length > 0)
            {
                found = found is { } first ? first with { Count = first.Count + 1 } : (i, tab + 1, 1);
            }
        }

        return found;
    }

    /// <summary>The first `key: value` line, at or before <paramref name="uptoLine"/>, whose value needs quotes.</summary>
    public static Hint? NeedsQuotes(string yaml, int uptoLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length && i <= uptoLine; i++)
        {
            // A quoted value or a list may go on over the next lines: they are read with it.
            if (KeyValue().Match(lines[i].TrimEnd()) is { Success: true } match
                && Problem(match.Groups["value"].Value, () => string.Join('\n', lines[(i + 1)..])) is { } problem)
            {
                var key = match.Groups["key"].Value;
                var value = match.Groups["value"].Value;
                return new Hint(i, match.Groups["value"].Index + 1,
                    $"the value of '{key}' {problem}; put the value in quotes: `{key}: {Quoted(problem.StartsWith("is never closed", StringComparison.Ordinal) ? value[1..] : value)}`");
            }
        }

        return null;
    }

    /// <summary>
    /// For a text field written without quotes, the words after a ` #` (a YAML comment, dropped):
    /// `title: Five Eyes #1 alliance` reads as "Five Eyes". Null when nothing was cut.
    /// </summary>
    public static Hint? CutByComment(string yaml, int line, string key, string value)
    {
        var lines = yaml.Split('\n');
        if (!TextKeys.Contains(key) || line < 0 || line >= lines.Length
            || KeyValue().Match(lines[line].TrimEnd()) is not { Success: true } match || match.Groups["key"].Value != key)
        {
            return null;
        }

        var written = match.Groups["value"].Value;
        var hash = written.IndexOf(" #", StringComparison.Ordinal);
        if (!written.StartsWith(value, StringComparison.Ordinal) || hash < 0 || hash < value.Length)
        {
            return null;
        }

        var lost = written[(hash + 1)..].Trim();
        return new Hint(line, match.Groups["value"].Index + hash + 2,
            $"the ` #` started a YAML comment, so the {key} is \"{value}\" and `{lost}` is lost; put the value in quotes: `{key}: {Quoted(written)}`");
    }

    /// <summary>Why an unquoted value is not read as the text it looks like; null when it is.</summary>
    private static string? Problem(string value, Func<string> following)
    {
        // Made only for a value that opens a quote or a bracket: the lines after it are read with it.
        var whole = value[0] is '"' or '\'' or '[' or '{' ? value + "\n" + following() : value;
        switch (value[0])
        {
            case '"' or '\'':
                var close = Closing(whole, value[0]);
                return close < 0 ? $"is never closed: it opens with {value[0]} and has no closing {value[0]}"
                    : close < value.Length && Rest(value, close + 1) ? $"goes on after its closing {value[0]}"
                    : null;
            case '[' or '{':
                var end = Bracketed(whole);
                return end < 0 ? $"starts with `{value[0]}` that is never closed (if it is a list, close it with `{(value[0] == '[' ? ']' : '}')}`)"
                    : end < value.Length && Rest(value, end + 1) ? $"starts with `{value[0]}`, which YAML reads as a {(value[0] == '[' ? "list" : "mapping")}, and goes on after it"
                    : null;
            case '|' or '>':
                // A block of text below (`summary: >`) is fine; text right after the sign is not.
                return BlockHeader().IsMatch(value) ? null : $"starts with `{value[0]}`, which YAML reads as the start of a block of lines";
            case '&' or '*' or '!' or '%' or '@' or '`':
                return $"starts with {(value[0] == '`' ? "a backtick" : $"`{value[0]}`")}, which YAML reserves";
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        var text = comment < 0 ? value : value[..comment];
        return text.Contains(": ", StringComparison.Ordinal) || text.EndsWith(':')
            ? "contains `: `, which YAML reads as the start of another key"
            : null;
    }

    /// <summary>Whether anything but spaces and a comment follows <paramref name="from"/>.</summary>
    private static bool Rest(string value, int from) =>
        value[from..].Trim() is { Length: > 0 } rest && !rest.StartsWith('#');

    private static int Closing(string value, char quote)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (quote == '"' && value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == quote)
            {
                if (quote == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static int Bracketed(string value)
    {
        var depth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            depth += value[i] is '[' or '{' ? 1 : value[i] is ']' or '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A value as a double-quoted YAML string.</summary>
    internal static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^(?<indent> *)(?<key>[A-Za-z_][A-Za-z0-9_-]*):[ \t]+(?<value>\S.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^[|>][+-]?[0-9]?[+-]?\s*(#.*)?$")]
    private static partial Regex BlockHeader();
}
