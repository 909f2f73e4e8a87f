using System.Text;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Site;

/// <summary>
/// A fresh clone, with nothing beside it, has everything its tests, benchmarks and workflows read:
/// no tracked file reaches for the sibling folder some checkouts happen to have.
/// </summary>
public sealed class SelfContainedRepositoryTests
{
    // Spelled in pieces so that this file does not match itself.
    private static readonly string[] OutsideReferences =
    [
        ".." + '/' + "shared",
        ".." + '\\' + "shared",
        "\"..\", " + "\"shared\"",
    ];

    private static readonly HashSet<string> Generated =
        new(["bin", "obj", ".git", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts", "_site", "out", "artifacts", ".vs", ".idea"], StringComparer.Ordinal);

    [Fact]
    public void No_file_of_the_repository_reads_a_folder_beside_it()
    {
        var offenders = new List<string>();
        var files = 0;
        foreach (var file in SourceFiles(RepoPaths.Root))
        {
            files++;
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var needle in OutsideReferences.Where(n => text.Contains(n, StringComparison.Ordinal)))
            {
                offenders.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} mentions {needle}");
            }
        }

        Assert.True(files > 100, $"only {files} files found under {RepoPaths.Root}");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_original_essays_are_kept_in_the_repository()
    {
        var essays = Directory.GetFiles(RepoPaths.OriginalEssays, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, essays.Count);
        Assert.All(essays, e => Assert.StartsWith("# ", File.ReadAllText(e), StringComparison.Ordinal));
        Assert.All(essays, e => Assert.True(File.Exists(Path.Combine(RepoPaths.Content, "essays", Path.GetFileName(e))), $"{e} has no published essay"));
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var info = new FileInfo(file);
            if (info.Length < 1 << 20 && !IsBinary(file))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Where(d => !Generated.Contains(Path.GetFileName(d))))
        {
            foreach (var file in SourceFiles(child))
            {
                yield return file;
            }
        }
    }

    private static bool IsBinary(string file)
    {
        Span<byte> head = stackalloc byte[512];
        using var stream = File.OpenRead(file);
        return head[..stream.Read(head)].Contains((byte)0);
    }
}
