namespace Alliances.Site.Diagnostics;

/// <summary>A value read from a file together with where it was written, so a later phase can report a mistake in it at its place.</summary>
public readonly record struct Located<T>(T Value, SourceLocation At);
