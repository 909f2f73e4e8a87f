namespace Alliances.Site.Tests.Support;

/// <summary>A test that runs JavaScript with Node.js: a visible skip where node is not on the PATH.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "needs Node.js (node on the PATH) to run search.js";
        }
    }

    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "node"))
        .FirstOrDefault(File.Exists);
}
