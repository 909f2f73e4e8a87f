using Alliances.Site.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Incremental;

public sealed class IncrementalBuilderTests
{
    private const string EssayPath = "content/essays/strategic-alliance-partnerships-and-security.md";
    private const string EssayPage = "essays/strategic-alliance-partnerships-and-security/index.html";

    [Fact]
    public void First_build_gives_the_same_site_as_a_full_build()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());

        var result = builder.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AssertSameAsFullBuild(site, result);
        Assert.Equal(result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), result.RenderedPages.Count);
    }

    [Fact]
    public void Bodies_rendered_at_load_and_a_body_parsed_again_give_the_site_the_kept_trees_give()
    {
        using var site = TempSite.FromRepository();
        site.Write("content/essays/with-script.md", "---\ntitle: With script\ndate: 2024-05-01\nsummary: An essay.\ntopics: [diplomacy]\n---\n\n" +
            "## Links\n\nA [removed](javascript:alert(1)) link, [a section](#links) and [another essay](strategic-alliance-partnerships-and-security.md).\n");
        site.Write("content/essays/escaped.md", "---\ntitle: Escaped\ndate: 2024-05-02\nsummary: An essay.\ntopics: [intelligence]\n---\n\n" +
            "## Über\n\nSee [spaced](<https://example.org/a b?x=1&y=\"2\">), [here](#über) and ![a *picture*](../images/ü.svg \"Pic\").\n");
        site.Write("content/images/ü.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>");

        var result = new IncrementalBuilder(site.Options()).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AssertSameAsFullBuild(site, result);
        var full = SiteBuilder.Check(site.Options());
        Assert.Null(full.Site!.Essays.Single(p => p.Essay.Slug == "with-script").Essay.Body.Prerendered);
        Assert.All(full.Site.Essays.Where(p => p.Essay.Slug != "with-script"), p => Assert.NotNull(p.Essay.Body.Prerendered));
    }

    [Fact]
    public void Editing_one_essays_text_parses_and_renders_only_that_essay()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        // Same word count, so the reading time other pages show stays the same.
        Edit(site, builder, EssayPath, text => text.Replace("play a vital role", "play a central role", StringComparison.Ordinal));
        var result = builder.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.ParsedFiles);
        Assert.Equal([EssayPage], result.RenderedPages);
        Assert.Contains("play a central role", site.ReadFile(result, EssayPage), StringComparison.Ordinal);
        AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void Editing_an_essays_title_renders_the_pages_that_show_it_and_matches_a_full_build()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, EssayPath, text => text.Replace("# Strategic Alliance Partnerships", "# Renamed Partnerships", StringComparison.Ordinal));
        var result = builder.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(EssayPage, result.RenderedPages);
        Assert.Contains("index.html", result.RenderedPages);
        Assert.Contains("topics/diplomacy/index.html", result.RenderedPages);
        Assert.DoesNotContain("404.html", result.RenderedPages);
        AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void A_template_edit_renders_only_the_pages_that_use_it()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, "templates/topic.html", text => text + "\n<p>topic template edited</p>\n");
        var result = builder.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.ParsedFiles);
        Assert.All(result.RenderedPages, p => Assert.StartsWith("topics/", p, StringComparison.Ordinal));
        Assert.Equal(4, result.RenderedPages.Count);
        AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void An_interface_string_edit_renders_the_pages_again_and_matches_a_full_build()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, "templates/i18n/en.yml", text => text.Replace("contents: Contents", "contents: In this essay", StringComparison.Ordinal));
        var result = builder.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(EssayPage, result.RenderedPages);
        Assert.Contains(">In this essay<", site.ReadFile(result, EssayPage), StringComparison.Ordinal);
        AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void Saving_a_file_without_changing_it_parses_and_renders_nothing()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, EssayPath, text => text);
        var result = builder.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.ParsedFiles);
        Assert.Empty(result.RenderedPages);
    }

    [Fact]
    public void Renaming_a_heading_relinks_the_essays_that_link_to_it()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "## First Part\n\nText about intelligence.\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-01", "See [the first part](alpha.md#first-part).\n")),
            ("content/essays/gamma.md", Essay("Gamma", "2025-12-31", "Builds on [beta](beta.md) and [alpha](alpha.md); relinks with them.\n")));
        var builder = new IncrementalBuilder(site.Options());
        Assert.True(builder.Build().Succeeded);

        Edit(site, builder, "content/essays/alpha.md", text => text.Replace("## First Part", "## Opening Part", StringComparison.Ordinal));
        var broken = builder.Build();

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("ALL202", error.Code);
        Assert.EndsWith("beta.md", error.Path, StringComparison.Ordinal);
        Assert.Equal(Diagnostics(SiteBuilder.Check(site.Options()).Diagnostics), Diagnostics(broken.Diagnostics));

        Edit(site, builder, "content/essays/beta.md", text => text.Replace("#first-part", "#opening-part", StringComparison.Ordinal));
        var fixedResult = builder.Build();
        Assert.True(fixedResult.Succeeded, string.Join('\n', fixedResult.Diagnostics));
        AssertSameAsFullBuild(site, fixedResult);
    }

    [Fact]
    public void Adding_and_deleting_essays_gives_the_same_site_as_a_full_build()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "Links to [gamma](gamma.md), not there yet.\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-01", "Plain text.\n")));
        var builder = new IncrementalBuilder(site.Options());
        var first = builder.Build();
        Assert.Contains(first.Diagnostics, d => d.Code == "ALL201");

        site.Write("content/essays/gamma.md", Essay("Gamma", "2026-01-03", "A third essay.\n"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/gamma.md"));
        var added = builder.Build();
        Assert.True(added.Succeeded, string.Join('\n', added.Diagnostics));
        AssertSameAsFullBuild(site, added);

        File.Delete(Path.Combine(site.Root, "content/essays/beta.md"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/beta.md"));
        var deleted = builder.Build();
        Assert.True(deleted.Succeeded);
        Assert.DoesNotContain(deleted.Files, f => f.Path.StartsWith("essays/beta/", StringComparison.Ordinal));
        AssertSameAsFullBuild(site, deleted);
    }

    [Fact]
    public void A_broken_links_suggestion_follows_a_file_added_later_without_the_linking_file_changing()
    {
        // The link names no file that is added: only the links' recorded lookups know it depends on every path.
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "See [the third](gamm.md).\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-01", "Plain text.\n")));
        var builder = new IncrementalBuilder(site.Options());
        Assert.False(builder.Build().Succeeded);

        site.Write("content/essays/gamma.md", Essay("Gamma", "2026-01-03", "A third essay.\n"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/gamma.md"));
        var added = builder.Build();

        Assert.Equal(1, added.ParsedFiles);
        Assert.Contains(added.Diagnostics, d => d.Code == "ALL201" && d.Message.Contains("gamma.md", StringComparison.Ordinal));
        Assert.Equal(Diagnostics(SiteBuilder.Check(site.Options()).Diagnostics), Diagnostics(added.Diagnostics));
    }

    [Fact]
    public void A_broken_front_matter_fails_the_build_and_fixing_it_recovers()
    {
        using var site = TempSite.FromRepository();
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();
        var original = File.ReadAllText(Path.Combine(site.Root, EssayPath));

        Edit(site, builder, EssayPath, text => text.Replace("summary:", "summary: [unclosed", StringComparison.Ordinal));
        var broken = builder.Build();
        Assert.False(broken.Succeeded);
        Assert.Empty(broken.Files);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Path.EndsWith(".md", StringComparison.Ordinal) && d.Line > 1);

        Edit(site, builder, EssayPath, _ => original);
        var recovered = builder.Build();
        Assert.True(recovered.Succeeded);
        AssertSameAsFullBuild(site, recovered);
    }

    private static string Essay(string title, string date, string body) =>
        $"---\ndate: {date}\nsummary: About {title}.\ntopics: [intelligence]\n---\n\n# {title}\n\n{body}";

    [Fact]
    public void Changing_an_image_rebuilds_the_essay_that_shows_it_and_matches_a_full_build()
    {
        using var site = TempSite.FromRepository();
        site.Write("content/essays/pictured/index.md", "---\ntitle: Pictured\ndate: 2024-05-01\nsummary: An essay.\ntopics: [diplomacy]\n---\n\n![A chart](chart.svg)\n");
        site.Write("content/essays/pictured/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"/>");
        var builder = new IncrementalBuilder(site.Options());
        Assert.True(builder.Build().Succeeded);

        Edit(site, builder, "content/essays/pictured/chart.svg", _ => "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\"/>");
        var result = builder.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("essays/pictured/index.html", result.RenderedPages);
        Assert.Contains("width=\"300\" height=\"120\"", site.ReadFile(result, "essays/pictured/index.html"), StringComparison.Ordinal);
        Assert.Contains("height=\"120\"", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "essays/pictured/chart.svg").Content), StringComparison.Ordinal);
        AssertSameAsFullBuild(site, result);
    }

    private static void Edit(TempSite site, IncrementalBuilder builder, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(site.Root, relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        builder.Invalidate(path);
    }

    private static List<string> Diagnostics(IEnumerable<Alliances.Site.Diagnostics.Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];

    internal static void AssertSameAsFullBuild(TempSite site, IncrementalResult result)
    {
        var full = SiteBuilder.Check(site.Options());
        Assert.Equal(Diagnostics(full.Diagnostics), Diagnostics(result.Diagnostics));
        var all = result.AllFiles();
        Assert.Equal(full.Files.Select(f => f.Path).Order(StringComparer.Ordinal), all.Select(f => f.Path));
        var incremental = all.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Assert.All(full.Files, f => Assert.True(f.Content.AsSpan().SequenceEqual(incremental[f.Path].Content), $"{f.Path} differs from a full build"));
    }
}

internal static class IncrementalResultExtensions
{
    public static string ReadFile(this TempSite _, IncrementalResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.AllFiles().Single(f => f.Path == path).Content);
}
