namespace Alliances.Site.Body;

/// <summary>A section heading (level 2 or deeper) of a page, with the anchor it was given.</summary>
public sealed record Heading(string Id, string Title, int Level, int Line);
