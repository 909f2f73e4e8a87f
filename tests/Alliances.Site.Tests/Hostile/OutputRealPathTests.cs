using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// The output folder is judged by the folder the file system will write to, not by the name typed:
/// symbolic links in any component, `..`, relative and absolute forms and case variants of a
/// protected folder are all refused before anything is touched.
/// </summary>
public class OutputRealPathTests
{
    private const string Essay = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n";

    public static TheoryData<string, string> Aliases() => new()
    {
        // (where a link `alias` beside the project points, the output given)
        { "project", "alias/content" },
        { "project", "alias/templates" },
        { "project", "alias/content/essays" },
        { "project", "alias" },
        { "parent", "alias/{project}/content" },
        { "parent", "alias/{project}" },
        { "content", "alias" },
        { "content", "alias/new-site" },
        { "project", "alias/content/../templates" },
        { "project", "alias/content/./" },
        { "project", "alias/Content" },
        { "project", "alias/TEMPLATES/" },
    };

    [Theory]
    [MemberData(nameof(Aliases))]
    public void An_output_that_reaches_a_protected_folder_through_a_link_is_refused(string linkTarget, string output)
    {
        using var outer = TempSite.Empty();
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        var target = linkTarget switch
        {
            "project" => site.Root,
            "parent" => Path.GetDirectoryName(site.Root)!,
            "content" => site.Content,
            _ => Path.Combine(site.Content, "essays"),
        };
        File.CreateSymbolicLink(Path.Combine(outer.Root, "alias"), target);
        var manifest = TempSite.Manifest(site.Root);

        var typed = Path.Combine(outer.Root, output.Replace("{project}", Path.GetFileName(site.Root), StringComparison.Ordinal));

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = typed });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ALL401", error.Code);
        Assert.Equal(manifest, TempSite.Manifest(site.Root));
        Assert.Equal(["alias"], Directory.EnumerateFileSystemEntries(outer.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symlinked_grandparent_of_the_working_folder_is_refused_relative_and_absolute()
    {
        using var outer = TempSite.Empty();
        File.CreateSymbolicLink(Path.Combine(outer.Root, "up"), Path.GetDirectoryName(Path.GetDirectoryName(Environment.CurrentDirectory)!)!);
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));

        foreach (var output in new[] { Path.Combine(outer.Root, "up"), Path.Combine(outer.Root, "up", "."), Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(outer.Root, "up/")) })
        {
            var result = SiteBuilder.Build(site.Options() with { OutputDirectory = output });

            Assert.Equal(["ALL401"], result.Diagnostics.Select(d => d.Code));
        }
    }

    [Fact]
    public void Dot_dot_after_a_link_is_applied_to_the_name_as_the_writes_apply_it()
    {
        // `alias/..` is read by the kernel as the content folder (the link's parent), but the build
        // writes to the full path, where `..` cancels `alias`: the outer folder, which holds the link
        // and no marker, so it is not replaced either.
        using var outer = TempSite.Empty();
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        File.CreateSymbolicLink(Path.Combine(outer.Root, "alias"), Path.Combine(site.Content, "essays"));
        var manifest = TempSite.Manifest(site.Root);

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = Path.Combine(outer.Root, "alias", "..") });

        Assert.Equal(["ALL403"], result.Diagnostics.Select(d => d.Code));
        // The user's files are untouched; only the image cache gained the essay's card, drawn before the swap was refused.
        Assert.Equal(manifest, new SortedDictionary<string, string>(TempSite.Manifest(site.Root).Where(f => !f.Key.StartsWith(".alliances-cache/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal));
        Assert.Equal(["alias"], Directory.EnumerateFileSystemEntries(outer.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_around_the_repository_holding_the_content_is_refused()
    {
        using var outer = TempSite.Empty();
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        File.CreateSymbolicLink(Path.Combine(outer.Root, "parent"), Path.GetDirectoryName(site.Root)!);

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = Path.Combine(outer.Root, "parent", Path.GetFileName(site.Root)) });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ALL401", error.Code);
        Assert.Contains("the repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_reached_through_a_symlinked_parent_that_is_safe_is_built_there()
    {
        using var outer = TempSite.Empty();
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        File.CreateSymbolicLink(Path.Combine(outer.Root, "alias"), site.Root);

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = Path.Combine(outer.Root, "alias", "_site") });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
