using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Site;

public class BuildBehaviourTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = TempSite.FromRepository();
        using var second = TempSite.FromRepository();

        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);

        Assert.Equal(TempSite.Manifest(first.Output), TempSite.Manifest(second.Output));
    }

    [Fact]
    public void A_rebuild_leaves_unchanged_files_alone_and_removes_stale_ones()
    {
        using var site = TempSite.FromRepository();
        Assert.True(site.Build().Succeeded);
        var stale = Path.Combine(site.Output, "stale.html");
        File.WriteAllText(stale, "old");
        var home = Path.Combine(site.Output, "index.html");
        var before = File.GetLastWriteTimeUtc(home);

        var second = site.Build();

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Written!.Written);
        Assert.Equal(before, File.GetLastWriteTimeUtc(home));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void A_relative_link_between_essays_becomes_the_target_page_url()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/a.md", "---\ntitle: A\ndate: 2024-01-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nSee [B](b.md#the-part), [topic](../topics/diplomacy.md) and [here](#local).\n\n## Local\n"),
            ("content/essays/b.md", "---\ntitle: B\ndate: 2024-01-02\nsummary: S.\ntopics: [diplomacy]\n---\n\n## The Part\n\nText.\n"));

        Assert.True(site.Build().Succeeded);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("essays/a/index.html"));
        var hrefs = html.QuerySelectorAll(".prose a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../essays/b/#the-part", hrefs);
        Assert.Contains("../../topics/diplomacy/", hrefs);
        Assert.Contains("#local", hrefs);
    }

    [Fact]
    public void Builds_a_thousand_essay_corpus_without_errors()
    {
        using var site = TempSite.Empty();
        var corpus = Path.Combine(site.Root, "corpus");
        Alliances.Corpus.CorpusWriter.Write(1000, corpus);

        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = corpus,
            TemplatesDirectory = RepoPaths.Templates,
            OutputDirectory = site.Output,
            Today = new DateOnly(2030, 1, 1),
        });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
        Assert.Equal(1000, result.Site!.Essays.Count);
        Assert.Equal(1000, Directory.GetDirectories(Path.Combine(site.Output, "essays")).Length);
    }
}
