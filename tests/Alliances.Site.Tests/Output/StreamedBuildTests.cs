using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Output;

/// <summary>
/// A build writes each page into its staging folder as soon as it is rendered: what it reports and
/// what lands on disk must be what a check renders in memory, and a failure part-way through
/// rendering must still leave the previous site as it was.
/// </summary>
public class StreamedBuildTests
{
    private static string Essay(int i) =>
        $"---\ntitle: Essay {i}\ndate: 2024-05-{1 + (i % 28):D2}\nsummary: Essay number {i}.\ntopics: [diplomacy]\n---\n\n## Part {i}\n\nText of essay {i}.\n";

    private static TempSite Essays(int count) =>
        TempSite.WithFiles([.. Enumerable.Range(1, count).Select(i => ($"content/essays/e{i:D3}.md", Essay(i)))]);

    [Fact]
    public void The_written_site_is_byte_for_byte_what_a_check_renders()
    {
        using var site = Essays(40);

        var built = site.Build();
        var checkedFiles = SiteBuilder.Check(site.Options()).Files;

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Empty(built.Files);
        Assert.Equal(checkedFiles.Select(f => f.Path), built.Paths);
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        // Plus the marker that says the folder is the generator's (see SiteMarker).
        Assert.Equal(built.Paths.Prepend(Alliances.Site.Output.SiteMarker.Name).Order(StringComparer.Ordinal), onDisk);
        Assert.All(checkedFiles, f => Assert.Equal(f.Content, File.ReadAllBytes(Path.Combine(site.Output, f.Path))));
        Assert.Equal(checkedFiles.Single(f => f.Path == "feed.xml").Content, built.ContentOf("feed.xml"));
    }

    [Fact]
    public void A_template_error_on_one_page_after_others_were_written_leaves_the_previous_site()
    {
        using var site = Essays(40);
        Assert.True(site.Build().Succeeded);
        var previous = TempSite.Manifest(site.Output);

        // Only the last essay's page fails, so most pages are already in the staging folder by then.
        var template = Path.Combine(site.Templates, "essay.html");
        File.WriteAllText(template, "{{ if essay.slug == \"e040\" }}{{ no_such_variable }}{{ end }}" + File.ReadAllText(template));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL301", 1), (error.Code, error.Line));
        Assert.Null(result.Written);
        Assert.Equal(previous, TempSite.Manifest(site.Output));
        Assert.Equal([".alliances-cache", "_site", "content", "templates"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
