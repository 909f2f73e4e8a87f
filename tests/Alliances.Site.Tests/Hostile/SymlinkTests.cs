using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

public class SymlinkTests
{
    private const string Essay = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n";

    [Fact]
    public void An_essay_linked_to_a_file_outside_content_is_refused()
    {
        using var site = TempSite.WithFiles();
        site.Write("secret.md", Essay);
        File.CreateSymbolicLink(Path.Combine(site.Content, "essays", "leak.md"), Path.Combine(site.Root, "secret.md"));

        var result = SiteBuilder.Build(site.Options());

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL130");
        Assert.Equal((site.Content + "/essays/leak.md", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_essays_folder_linked_outside_content_is_refused_once_at_the_folder(bool withMarkdown)
    {
        using var site = TempSite.WithFiles();
        Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere"));
        if (withMarkdown)
        {
            site.Write("elsewhere/a.md", Essay);
        }

        Directory.Delete(Path.Combine(site.Content, "essays"));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "essays"), Path.Combine(site.Root, "elsewhere"));

        var result = SiteBuilder.Check(site.Options());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL130", $"{site.Content}/essays", 1, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_reached_through_a_link_is_read_whole()
    {
        using var site = TempSite.WithFiles(("content/essays/one.md", Essay), ("content/essays/two.md", Essay.Replace("title: T", "title: U", StringComparison.Ordinal)));
        var linked = Path.Combine(site.Root, "linked-content");
        Directory.CreateSymbolicLink(linked, site.Content);

        var result = SiteBuilder.Check(site.Options() with { ContentDirectory = linked, GitDates = false });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(2, result.Site!.Essays.Count);
    }

    [Fact]
    public void A_link_inside_content_is_followed()
    {
        using var site = TempSite.WithFiles(("content/shared.md", Essay));
        File.CreateSymbolicLink(Path.Combine(site.Content, "essays", "inside.md"), Path.Combine(site.Content, "shared.md"));

        var result = SiteBuilder.Check(site.Options());

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void A_symlink_loop_in_content_is_an_error_not_a_hang()
    {
        using var site = TempSite.WithFiles();
        File.CreateSymbolicLink(Path.Combine(site.Content, "essays", "a.md"), "b.md");
        File.CreateSymbolicLink(Path.Combine(site.Content, "essays", "b.md"), "a.md");

        var result = Hostile.Bounded(() => SiteBuilder.Check(site.Options()));

        Assert.Equal(["essays/a.md 1:1", "essays/b.md 1:1"],
            result.Diagnostics.Where(d => d.Code == "ALL130").Select(d => $"{Path.GetRelativePath(site.Content, d.Path)} {d.Line}:{d.Column}"));
        Assert.All(result.Diagnostics.Where(d => d.Code == "ALL130"), d => Assert.Contains("loops", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_linked_outside_templates_is_refused()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        site.Write("outside.html", "{{ 'secret' }}");
        File.CreateSymbolicLink(Path.Combine(site.Templates, "partials", "leak.html"), Path.Combine(site.Root, "outside.html"));

        var result = SiteBuilder.Build(site.Options());

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL130");
        Assert.Equal(site.Templates + "/partials/leak.html", error.Path);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_asset_linked_outside_templates_is_refused()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        site.Write("passwd", "root:x:0:0");
        File.CreateSymbolicLink(Path.Combine(site.Templates, "assets", "passwd.txt"), Path.Combine(site.Root, "passwd"));

        var result = SiteBuilder.Build(site.Options());

        Assert.Contains(result.Diagnostics, d => d.Code == "ALL130" && d.Path == site.Templates + "/assets/passwd.txt");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_folder_loop_in_templates_is_an_error_not_a_hang()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Directory.CreateSymbolicLink(Path.Combine(site.Templates, "partials", "again"), site.Templates);

        var result = Hostile.Bounded(() => SiteBuilder.Check(site.Options()));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL130");
        Assert.Equal(site.Templates + "/partials/again", error.Path);
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_never_contains_symbolic_links()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        File.CreateSymbolicLink(Path.Combine(site.Templates, "assets", "copy.css"), Path.Combine(site.Templates, "assets", "style.css"));

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded); // the second build hard-links unchanged files

        var entries = Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(entries, e => e.EndsWith("assets/copy.css", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Null(new FileInfo(e).LinkTarget));
    }
}
