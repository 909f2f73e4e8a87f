using Alliances.Site.Loading;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Editors;

public sealed class GitDatesTests
{
    internal static BuildOptions Options(string root) => new()
    {
        ContentDirectory = Path.Combine(root, "content"),
        TemplatesDirectory = Path.Combine(root, "templates"),
        Today = new DateOnly(2026, 12, 31),
    };

    internal static TempSite Repository()
    {
        var temp = TempSite.FromFixtureBase();
        temp.Write("content/essays/fixed.md", "---\ntitle: Fixed\ndate: 2026-01-05\nupdated: 2026-01-20\nsummary: Sets its own date.\ntopics: [alpha]\n---\n\nBody.\n");
        GitRepo.Run(temp.Root, "init", "-q");
        GitRepo.CommitAll(temp.Root, "2026-03-01", "first");
        temp.Write("content/essays/one.md", File.ReadAllText(temp.Of("content/essays/one.md")) + "\nAn edit.\n");
        temp.Write("content/essays/fixed.md", File.ReadAllText(temp.Of("content/essays/fixed.md")) + "\nAn edit.\n");
        GitRepo.CommitAll(temp.Root, "2026-04-15", "second");
        return temp;
    }

    private static DateOnly? Updated(BuildResult result, string slug) =>
        result.Site!.Essays.Single(e => e.Essay.Slug == slug).Essay.Updated;

    [Fact]
    public void An_essay_without_updated_takes_its_last_commit_date_and_front_matter_wins()
    {
        using var temp = Repository();

        var result = SiteBuilder.Check(Options(temp.Root));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateOnly(2026, 4, 15), Updated(result, "one"));
        Assert.Equal(new DateOnly(2026, 3, 1), Updated(result, "two"));
        Assert.Equal(new DateOnly(2026, 1, 20), Updated(result, "fixed"));
    }

    [Fact]
    public void The_git_date_reaches_the_page()
    {
        using var temp = Repository();

        SiteBuilder.Build(Options(temp.Root) with { OutputDirectory = temp.Of("_site") });

        Assert.Contains("2026-04-15", File.ReadAllText(temp.Of("_site/essays/one/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shallow_clone_warns_instead_of_guessing()
    {
        using var temp = Repository();
        GitRepo.Run(temp.Root, "clone", "-q", "--depth", "1", "file://" + temp.Root, temp.Of("shallow"));

        var result = SiteBuilder.Check(Options(temp.Of("shallow")));

        Assert.Equal(["ALL120", "ALL120"], result.Diagnostics.Select(d => d.Code));
        Assert.Null(Updated(result, "one"));
        Assert.Equal(new DateOnly(2026, 1, 20), Updated(result, "fixed"));
    }

    [Fact]
    public void Outside_a_git_repository_nothing_is_filled_in_and_nothing_is_reported()
    {
        using var temp = TempSite.FromFixtureBase();

        var result = SiteBuilder.Check(Options(temp.Root));

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Site!.Essays, e => Assert.Null(e.Essay.Updated));
    }

    [Fact]
    public void The_log_is_read_newest_first_per_file()
    {
        var log = "\u00002026-04-15\n\nessays/one.md\n\u00002026-03-01\n\nessays/one.md\nessays/two.md\n";

        var dates = GitDates.LastChanged(log);

        Assert.Equal(new DateOnly(2026, 4, 15), dates["essays/one.md"]);
        Assert.Equal(new DateOnly(2026, 3, 1), dates["essays/two.md"]);
    }
}
