namespace Alliances.Site.Loading;

/// <summary>
/// Normalises a file's text once, so every later stage can count lines the same way editors do:
/// no BOM, LF line endings.
/// </summary>
public static class SourceText
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    /// <summary>As <see cref="Normalize(string)"/>, in place: the text only ever gets shorter.</summary>
    public static Span<char> Normalize(Span<char> text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var at = text.IndexOf('\r');
        if (at < 0)
        {
            return text;
        }

        // "\r\n" becomes "\n", then any "\r" left becomes "\n", as the string version's two replaces do.
        var written = at;
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            text[written++] = text[i] == '\r' ? '\n' : text[i];
        }

        return text[..written];
    }
}
