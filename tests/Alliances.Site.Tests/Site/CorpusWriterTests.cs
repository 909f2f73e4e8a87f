using System.Security.Cryptography;
using Alliances.Corpus;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Site;

/// <summary>The benchmarks' corpus generator: the same size and seed give the same bytes; every corpus builds cleanly.</summary>
public sealed class CorpusWriterTests
{
    [Fact]
    public void The_same_size_and_seed_give_byte_identical_corpora_and_another_seed_does_not()
    {
        using var site = TempSite.Empty();
        string Digest(string name, int seed)
        {
            var folder = Path.Combine(site.Root, name);
            CorpusWriter.Write(200, folder, seed);
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(folder, f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
            return string.Join('\n', files);
        }

        var first = Digest("a", 7);
        Assert.Equal(first, Digest("b", 7));
        Assert.NotEqual(first, Digest("c", 8));
        Assert.Contains("site.yml:", first, StringComparison.Ordinal);
        Assert.Equal(200 + 4 + 1, first.Split('\n').Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_small_corpus_builds_without_errors_and_has_the_real_essays_constructs(int essays)
    {
        using var site = TempSite.Empty();
        CorpusWriter.Write(essays, site.Content);

        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = site.Content,
            TemplatesDirectory = RepoPaths.Templates,
            OutputDirectory = site.Output,
            Today = new DateOnly(2030, 1, 1),
        });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
        Assert.Equal(essays, result.Site!.Essays.Count);
        var text = string.Concat(Directory.GetFiles(Path.Combine(site.Content, "essays")).Select(File.ReadAllText));
        Assert.Contains("\n## ", text, StringComparison.Ordinal);
        Assert.Contains("**", text, StringComparison.Ordinal);
        Assert.Contains("](../topics/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_outside_its_range_are_refused()
    {
        using var site = TempSite.Empty();
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusWriter.Write(0, site.Content));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusWriter.Write(CorpusWriter.MaxEssays + 1, site.Content));
    }
}
