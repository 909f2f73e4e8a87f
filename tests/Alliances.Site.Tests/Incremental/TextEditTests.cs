using Alliances.Site.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Incremental;

/// <summary>
/// The preview's link phase when essays change only in their text: it keeps the last build's site
/// and relinks the edited essays and the pages that point at them. Each case checks that the
/// shortcut was (or was not) taken, and that the result is a full build's, file for file and message
/// for message: the full build is the plain reference.
/// </summary>
public sealed class TextEditTests
{
    [Fact]
    public void Editing_the_text_of_translated_related_and_neighbouring_essays_matches_a_full_build()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-03", "## First Part\n\nAbout [beta](beta.md).\n")),
            ("content/essays/alpha-tr.md", Essay("Alfa", "2026-01-04", "Türkçe metin.\n", "lang: tr\ntranslation_of: alpha.md\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-02", "See [the first part](alpha.md#first-part).\n")),
            ("content/essays/gamma.md", Essay("Gamma", "2026-01-01", "Plain text.\n")));
        var builder = new IncrementalBuilder(site.Options());
        Assert.True(builder.Build().Succeeded);

        // Longer texts: the reading time the lists, related essays and translations show changes with them.
        Edit(site, builder, "content/essays/alpha.md", text => text + string.Concat(Enumerable.Repeat("More words about intelligence. ", 300)));
        Edit(site, builder, "content/essays/alpha-tr.md", text => text + "Daha fazla metin.\n");
        var result = builder.Build();

        Assert.True(result.LinkedTextEditsOnly);
        Assert.Equal(2, result.ParsedFiles);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);
        LinkedSiteShape.AssertSameAsFullLink(site, result.Site);
    }

    [Fact]
    public void Removing_a_heading_others_link_to_breaks_their_links_as_a_full_build_does()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "## First Part\n\nText.\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-01", "See [the first part](alpha.md#first-part).\n")),
            ("content/topics/intelligence.md", "---\ntitle: Intelligence\nsummary: About intelligence.\n---\n\nStart with [alpha's first part](../essays/alpha.md#first-part).\n"));
        var builder = new IncrementalBuilder(site.Options());
        Assert.True(builder.Build().Succeeded);

        Edit(site, builder, "content/essays/alpha.md", text => text.Replace("## First Part", "## Opening Part", StringComparison.Ordinal));
        var broken = builder.Build();

        Assert.True(broken.LinkedTextEditsOnly);
        Assert.Equal(["beta.md", "intelligence.md"], broken.Diagnostics.Where(d => d.Code == "ALL202").Select(d => Path.GetFileName(d.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(Messages(SiteBuilder.Check(site.Options()).Diagnostics), Messages(broken.Diagnostics));

        Edit(site, builder, "content/essays/alpha.md", text => text.Replace("## Opening Part", "## First Part", StringComparison.Ordinal));
        var mended = builder.Build();
        Assert.True(mended.LinkedTextEditsOnly);
        Assert.True(mended.Succeeded, string.Join('\n', mended.Diagnostics));
        IncrementalBuilderTests.AssertSameAsFullBuild(site, mended);
        LinkedSiteShape.AssertSameAsFullLink(site, mended.Site);
    }

    [Fact]
    public void Editing_a_drafts_and_a_scheduled_essays_text_keeps_their_messages_and_matches_a_full_build()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "Published text with [a broken link](nowhere.md).\n")),
            ("content/essays/draft.md", Essay("Draft", "2026-01-01", "Draft text.\n", "draft: true\n")),
            ("content/essays/later.md", Essay("Later", "2099-01-01", "Scheduled text.\n")));
        var builder = new IncrementalBuilder(site.Options());
        var first = builder.Build();
        Assert.Contains(first.Diagnostics, d => d.Code == "ALL201");

        Edit(site, builder, "content/essays/draft.md", text => text + "\nLinks to [alpha](alpha.md) and [a missing one](missing.md).\n");
        Edit(site, builder, "content/essays/later.md", text => text + "\nMore scheduled text.\n");
        var result = builder.Build();

        Assert.True(result.LinkedTextEditsOnly);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "ALL201"));
        Assert.Equal(Messages(SiteBuilder.Check(site.Options()).Diagnostics), Messages(result.Diagnostics));

        Edit(site, builder, "content/essays/alpha.md", text => text.Replace("nowhere.md", "https://example.org/", StringComparison.Ordinal));
        Edit(site, builder, "content/essays/draft.md", text => text.Replace("missing.md", "alpha.md", StringComparison.Ordinal));
        var mended = builder.Build();
        Assert.True(mended.LinkedTextEditsOnly);
        Assert.True(mended.Succeeded, string.Join('\n', mended.Diagnostics));
        IncrementalBuilderTests.AssertSameAsFullBuild(site, mended);
        LinkedSiteShape.AssertSameAsFullLink(site, mended.Site);
    }

    [Theory]
    [InlineData("a field", "date: 2026-01-02", "date: 2026-01-05")]
    [InlineData("the title in the text", "# Alpha", "# Alpha Renamed")]
    [InlineData("an image shown", "Text.", "Text. ![A map](../images/map.svg)")]
    public void Changing_more_than_text_links_the_whole_site_again(string what, string from, string to)
    {
        using var site = TempSite.WithFiles(
            ("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "Text.\n")),
            ("content/essays/beta.md", Essay("Beta", "2026-01-03", "About [alpha](alpha.md).\n")),
            ("content/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>"));
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, "content/essays/alpha.md", text => text.Replace(from, to, StringComparison.Ordinal));
        var result = builder.Build();

        Assert.False(result.LinkedTextEditsOnly, what);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void A_file_that_appears_or_goes_is_reported_from_the_next_build_on()
    {
        using var site = TempSite.WithFiles(("content/essays/alpha.md", Essay("Alpha", "2026-01-02", "Text.\n")));
        var builder = new IncrementalBuilder(site.Options());
        Assert.DoesNotContain(builder.Build().Diagnostics, d => d.Code == "ALL122");

        site.Write("content/notes/todo.txt", "a note");
        builder.Invalidate(Path.Combine(site.Root, "content/notes"));
        var appeared = builder.Build();
        Assert.False(appeared.LinkedTextEditsOnly);
        Assert.Contains(appeared.Diagnostics, d => d.Code == "ALL122" && d.Message.Contains("notes/todo.txt", StringComparison.Ordinal));

        Edit(site, builder, "content/essays/alpha.md", text => text + "More.\n");
        Assert.True(builder.Build().LinkedTextEditsOnly);

        Directory.Delete(Path.Combine(site.Root, "content/notes"), recursive: true);
        builder.Invalidate(Path.Combine(site.Root, "content/notes"));
        var gone = builder.Build();
        Assert.False(gone.LinkedTextEditsOnly);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, gone);
    }

    private static string Essay(string title, string date, string body, string fields = "") =>
        $"---\ndate: {date}\nsummary: About {title}.\ntopics: [intelligence]\n{fields}---\n\n# {title}\n\n{body}";

    private static void Edit(TempSite site, IncrementalBuilder builder, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(site.Root, relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        builder.Invalidate(path);
    }

    private static List<string> Messages(IEnumerable<Alliances.Site.Diagnostics.Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];
}
