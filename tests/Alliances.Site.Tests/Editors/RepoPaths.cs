namespace Alliances.Site.Tests.Editors;

/// <summary>Where the repository's own files are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
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
