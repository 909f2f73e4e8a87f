using System.Text;

namespace Alliances.Site.Diagnostics;

/// <summary>
/// Text from content (a file name, a value quoted in a message) made safe for a terminal: control
/// characters, line and paragraph separators and bidirectional overrides are written as escapes,
/// so a file named with a newline cannot make one diagnostic look like two, and one with ESC or BEL
/// cannot change the terminal's colours or ring it.
/// </summary>
public static class PrintableText
{
    public static string OneLine(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c <= '\xff' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}",
            });
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
