namespace Alliances.Site.Tests.Support;

/// <summary>Finds the repository's real folders from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The owner's three essays exactly as supplied (no front-matter): the faithfulness test's reference.</summary>
    public static string OriginalEssays => Path.Combine(Root, "tests", "Alliances.Site.Tests", "Fixtures", "OriginalEssays");

    /// <summary>The diagnostics fixtures, one folder per code, and their shared valid site in <c>_base</c>.</summary>
    public static string DiagnosticFixtures => Path.Combine(Root, "tests", "Alliances.Site.Tests", "Fixtures", "Diagnostics");

    /// <summary>Any file or folder of the repository, by its path parts from the root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliances.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Alliances.sln not found above " + AppContext.BaseDirectory);
    }
}
