namespace Alliances.Site.Model;

/// <summary>
/// A source file: <see cref="RelativePath"/> is relative to the content folder with '/' separators
/// (how links name it); <see cref="DisplayPath"/> is how diagnostics name it; <see cref="Text"/> is
/// what it held when read.
/// </summary>
public sealed record ContentFile(string RelativePath, string DisplayPath, string Text)
{
    /// <summary>
    /// The file without its text, for models that outlive the read: the parsed body keeps what later
    /// stages need, and a site of 10,000 essays need not hold every file's text a second time.
    /// </summary>
    public ContentFile WithoutText() => Text.Length == 0 ? this : this with { Text = string.Empty };
}
