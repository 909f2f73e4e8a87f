using Alliances.Site.Incremental;
using Alliances.Site.Tests.Readers;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Incremental;

/// <summary>The preview paginates as a full build does: pages appear, move and disappear with the essays.</summary>
public sealed class PaginatedIncrementalTests
{
    [Fact]
    public void Adding_and_deleting_essays_moves_paginated_pages_as_a_full_build_does()
    {
        using var site = TempSite.WithFiles(
            ("content/essays/a.md", ReaderSite.Essay("A", "2025-01-01", "[intelligence]")),
            ("content/essays/b.md", ReaderSite.Essay("B", "2025-01-02", "[intelligence]")),
            ("content/essays/c.md", ReaderSite.Essay("C", "2025-01-03", "[technology]")));
        site.Write("content/site.yml", "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\npage_size: 2\narchive_page_size: 2\n");
        var builder = new IncrementalBuilder(site.Options());
        var first = builder.Build();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Contains(first.Files, f => f.Path == "page/2/index.html");
        IncrementalBuilderTests.AssertSameAsFullBuild(site, first);

        site.Write("content/essays/d.md", ReaderSite.Essay("D", "2025-01-04", "[intelligence]"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/d.md"));
        var added = builder.Build();
        Assert.True(added.Succeeded, string.Join('\n', added.Diagnostics));
        Assert.Contains("page/2/index.html", added.RenderedPages);
        Assert.Contains(added.Files, f => f.Path == "topics/intelligence/page/2/index.html");
        IncrementalBuilderTests.AssertSameAsFullBuild(site, added);

        foreach (var name in new[] { "c", "d" })
        {
            File.Delete(Path.Combine(site.Root, $"content/essays/{name}.md"));
            builder.Invalidate(Path.Combine(site.Root, $"content/essays/{name}.md"));
        }

        var deleted = builder.Build();
        Assert.True(deleted.Succeeded, string.Join('\n', deleted.Diagnostics));
        Assert.DoesNotContain(deleted.Files, f => f.Path.Contains("page/2/", StringComparison.Ordinal));
        IncrementalBuilderTests.AssertSameAsFullBuild(site, deleted);
    }

    [Fact]
    public void Editing_a_title_renders_the_list_pages_that_show_it_and_reuses_the_others()
    {
        var files = Enumerable.Range(1, 7)
            .Select(i => ($"content/essays/e{i}.md", ReaderSite.Essay($"Essay {i}", $"2025-01-{i:D2}", i % 2 == 0 ? "[intelligence]" : "[technology]")))
            .ToArray();
        using var site = TempSite.WithFiles(files);
        site.Write("content/site.yml", "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\npage_size: 2\narchive_page_size: 2\n");
        var builder = new IncrementalBuilder(site.Options());
        Assert.True(builder.Build().Succeeded);

        // Newest first, two a page: essay 1 (the oldest) is alone on the fourth home page and the
        // archive's, and on the second page of technology (essays 7, 5, 3, 1).
        site.Write("content/essays/e1.md", ReaderSite.Essay("Essay one, renamed", "2025-01-01", "[technology]"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/e1.md"));
        var renamed = builder.Build();
        Assert.True(renamed.Succeeded, string.Join('\n', renamed.Diagnostics));
        Assert.Contains("page/4/index.html", renamed.RenderedPages);
        Assert.Contains("archive/page/4/index.html", renamed.RenderedPages);
        Assert.Contains("topics/technology/page/2/index.html", renamed.RenderedPages);
        Assert.DoesNotContain("page/2/index.html", renamed.RenderedPages);
        Assert.DoesNotContain("topics/intelligence/index.html", renamed.RenderedPages);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, renamed);

        site.Write("content/essays/e1.md", ReaderSite.Essay("Essay one, renamed", "2025-01-01", "[technology]", body: "A new body, nothing else.\n"));
        builder.Invalidate(Path.Combine(site.Root, "content/essays/e1.md"));
        var body = builder.Build();
        Assert.True(body.Succeeded, string.Join('\n', body.Diagnostics));
        IncrementalBuilderTests.AssertSameAsFullBuild(site, body);
    }
}
