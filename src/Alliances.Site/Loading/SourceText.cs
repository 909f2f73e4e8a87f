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
}
