namespace Alliances.Site.Model;

/// <summary>
/// A source file: <see cref="RelativePath"/> is relative to the content folder with '/' separators
/// (how links name it); <see cref="DisplayPath"/> is how diagnostics name it.
/// </summary>
public sealed record ContentFile(string RelativePath, string DisplayPath, string Text);
