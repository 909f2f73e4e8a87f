using System.Diagnostics;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Output;

public class UnchangedOutputTests
{
    private static string Front(string title, int day) => $"---\ntitle: {title}\ndate: 2024-01-0{day}\nsummary: S.\ntopics: [diplomacy]\n---\n\n";

    [Fact]
    public void A_rebuild_keeps_the_same_file_identity_for_pages_whose_bytes_did_not_change()
    {
        using var site = TwoEssays("The body of essay A.");
        Assert.True(site.Build().Succeeded);
        var untouched = Path.Combine(site.Output, "essays/b/index.html");
        var (inode, modified) = (Inode(untouched), File.GetLastWriteTimeUtc(untouched));

        var second = site.Build();

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Written!.Written);
        Assert.Equal(inode, Inode(untouched));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(untouched));
    }

    [Fact]
    public void A_page_with_the_same_length_but_different_bytes_is_rewritten_and_the_others_are_not()
    {
        using var site = TwoEssays("The body of essay A.");
        Assert.True(site.Build().Succeeded);
        var changed = Path.Combine(site.Output, "essays/a/index.html");
        var untouched = Path.Combine(site.Output, "essays/b/index.html");
        var (lengthBefore, untouchedInode) = (new FileInfo(changed).Length, Inode(untouched));
        var inodesBefore = Inodes(site.Output);

        site.Write("content/essays/a.md", Front("A", 1) + "The body of essay Z.\n");
        var second = site.Build();

        Assert.True(second.Succeeded);
        var inodesAfter = Inodes(site.Output);
        var rewritten = inodesAfter.Where(f => inodesBefore.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        // The essay's page, plus the whole-site files that carry its text: the feeds and the search shard of the changed word.
        Assert.Contains("essays/a/index.html", rewritten);
        Assert.All(rewritten.Where(f => f != "essays/a/index.html"), f => Assert.True(f.EndsWith("feed.xml", StringComparison.Ordinal) || f.StartsWith("search/", StringComparison.Ordinal), f));
        Assert.DoesNotContain(rewritten, f => f.EndsWith(".html", StringComparison.Ordinal) && f != "essays/a/index.html");
        Assert.Equal(rewritten.Count, second.Written!.Written);
        Assert.Equal(lengthBefore, new FileInfo(changed).Length);
        Assert.Contains("The body of essay Z.", File.ReadAllText(changed));
        Assert.Equal(untouchedInode, Inode(untouched));
    }

    private static TempSite TwoEssays(string bodyOfA) => TempSite.WithFiles(
        ("content/essays/a.md", Front("A", 1) + bodyOfA + "\n"),
        ("content/essays/b.md", Front("B", 2) + "The body of essay B.\n"));

    private static Dictionary<string, string> Inodes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Alliances.Site.Output.SiteMarker.Name)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), Inode, StringComparer.Ordinal);

    /// <summary>The file's inode (Linux and macOS), read with stat(1): .NET does not expose it.</summary>
    private static string Inode(string path)
    {
        var format = OperatingSystem.IsMacOS() ? "-f" : "-c";
        using var stat = Process.Start(new ProcessStartInfo("stat", [format, "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
