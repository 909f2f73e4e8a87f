namespace Alliances.Site.Model;

/// <summary>
/// A source file: <see cref="RelativePath"/> is relative to the content folder with '/' separators
/// (how links name it); <see cref="DisplayPath"/> is how diagnostics name it; <see cref="Text"/> is
/// what it held when read.
/// </summary>
public sealed record ContentFile(string RelativePath, string DisplayPath, string Text)
{
    /// <summary>
    /// The text, with any unpaired UTF-16 surrogate as U+FFFD (one character for one, so no position
    /// moves). A file decoded from UTF-8 never has one, but text handed in directly may, and Markdig's
    /// URL escaping throws on one (found by `FuzzTests`).
    /// </summary>
    public string Text { get; init; } = WithoutLoneSurrogates(Text);

    private static string WithoutLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The file without its text, for models that outlive the read: the parsed body keeps what later
    /// stages need, and a site of 10,000 essays need not hold every file's text a second time.
    /// </summary>
    public ContentFile WithoutText() => Text.Length == 0 ? this : this with { Text = string.Empty };
}
