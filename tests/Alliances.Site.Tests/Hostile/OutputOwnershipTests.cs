using Alliances.Site.Output;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// Only a folder the generator made is replaced: it carries the marker, or (a site built before
/// markers existed) it holds nothing but files the build writes again. A user's folder is refused
/// whole, before the swap, and left as it was.
/// </summary>
public class OutputOwnershipTests
{
    private const string Essay = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n";

    [Fact]
    public void A_folder_of_hand_written_files_is_refused_and_left_byte_for_byte()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        site.Write("docs/README.md", "# My notes\n");
        site.Write("docs/index.html", "<p>hand-written</p>\n");
        var docs = Path.Combine(site.Root, "docs");
        var before = TempSite.Manifest(docs);

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = docs });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL403", docs), (error.Code, error.Path));
        Assert.Contains("'README.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--output", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Manifest(docs));
        // Besides the refused folder, only the image cache (the essay's card was drawn before the swap was refused).
        Assert.Equal([".alliances-cache", "content", "docs", "templates"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_build_leaves_the_marker_in_its_output()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));

        Assert.True(site.Build().Succeeded);

        Assert.True(SiteMarker.IsIn(site.Output));
        Assert.True(site.Build().Succeeded);
        Assert.True(SiteMarker.IsIn(site.Output));
    }

    [Fact]
    public void A_site_built_before_markers_existed_is_replaced_and_then_carries_the_marker()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Output, SiteMarker.Name));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(SiteMarker.IsIn(site.Output));
    }

    [Theory]
    [InlineData("essays/removed/index.html")]
    [InlineData("notes.txt")]
    public void An_unmarked_site_holding_a_file_this_build_does_not_write_is_refused(string extra)
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Output, SiteMarker.Name));
        site.Write("_site/" + extra, "mine");
        var before = TempSite.Manifest(site.Output);

        var result = site.Build();

        Assert.Equal(["ALL403"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains($"'{extra}'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void An_unmarked_site_holding_a_symbolic_link_is_refused()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Output, SiteMarker.Name));
        File.Delete(Path.Combine(site.Output, "404.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "404.html"), Path.Combine(site.Content, "site.yml"));

        var result = site.Build();

        Assert.Equal(["ALL403"], result.Diagnostics.Select(d => d.Code));
        Assert.NotNull(new FileInfo(Path.Combine(site.Output, "404.html")).LinkTarget);
    }

    [Fact]
    public void An_empty_existing_folder_is_built_into()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Directory.CreateDirectory(site.Output);

        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
