using Alliances.Site.Incremental;
using Alliances.Site.Tests.Editors;

namespace Alliances.Site.Tests.Incremental;

/// <summary>The preview's `updated` dates from git: asked of git once, and again only after a commit.</summary>
public sealed class GitDatesIncrementalTests
{
    [Fact]
    public void Saving_essays_asks_git_once_and_a_commit_is_seen_at_the_next_save()
    {
        using var temp = GitDatesTests.Repository();
        var options = GitDatesTests.Options(temp.Root);
        var builder = new IncrementalBuilder(options);
        Assert.True(builder.Build().Succeeded);
        var reads = builder.GitReads;
        Assert.True(reads >= 1);

        Save(builder, temp.Of("content/essays/one.md"), "\nA first save.\n");
        Save(builder, temp.Of("content/essays/two.md"), "\nA save of another essay.\n");
        var saved = builder.Build();
        Assert.Equal(reads, builder.GitReads);
        Assert.Equal(new DateOnly(2026, 4, 15), Updated(saved, "one"));
        IncrementalBuilderTests.AssertSameAsFullBuild(temp, saved);

        GitRepo.CommitAll(temp.Root, "2026-05-20", "third");
        Save(builder, temp.Of("content/essays/one.md"), "\nA save after the commit.\n");
        var committed = builder.Build();
        Assert.Equal(reads + 1, builder.GitReads);
        Assert.Equal(new DateOnly(2026, 5, 20), Updated(committed, "one"));
        IncrementalBuilderTests.AssertSameAsFullBuild(temp, committed);
    }

    private static void Save(IncrementalBuilder builder, string path, string addition)
    {
        File.AppendAllText(path, addition);
        builder.Invalidate(path);
    }

    private static DateOnly? Updated(IncrementalResult result, string slug) =>
        result.Site!.Essays.Single(p => p.Essay.Slug == slug).Essay.Updated;
}
