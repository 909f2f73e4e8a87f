using System.Text;

namespace Alliances.Site.Localization;

/// <summary>`{name}` placeholders in interface strings: found, and filled.</summary>
public static class Placeholder
{
    public static IReadOnlyList<string> Names(string text)
    {
        var names = new List<string>();
        for (var i = text.IndexOf('{'); i >= 0; i = text.IndexOf('{', i + 1))
        {
            var end = text.IndexOf('}', i);
            if (end > i + 1 && IsName(text.AsSpan(i + 1, end - i - 1)) && !names.Contains(text[(i + 1)..end]))
            {
                names.Add(text[(i + 1)..end]);
            }
        }

        return names;
    }

    /// <summary>The text with each `{name}` replaced by its value; unknown names are left as written.</summary>
    public static string Fill(string text, Func<string, string?> value)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var from = 0;
        for (var i = text.IndexOf('{'); i >= 0; i = text.IndexOf('{', i + 1))
        {
            var end = text.IndexOf('}', i);
            if (end > i + 1 && IsName(text.AsSpan(i + 1, end - i - 1)) && value(text[(i + 1)..end]) is { } filled)
            {
                result.Append(text, from, i - from).Append(filled);
                from = end + 1;
                i = end;
            }
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
