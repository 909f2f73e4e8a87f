namespace Alliances.Site.Diagnostics;

/// <summary>A 1-based line and column in a file, as editors and GitHub annotations count them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation FileStart(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
