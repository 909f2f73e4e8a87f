using System.Diagnostics;
using Alliances.Site.Diagnostics;
using Alliances.Site.Output;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

public class OutputSafetyTests
{
    private const string Essay = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\nText.\n";

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("./")]
    [InlineData("~")]
    [InlineData("~/_site")]
    [InlineData("/")]
    public void Dangerous_output_folders_are_refused_before_anything_is_touched(string output)
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        var before = Directory.EnumerateFileSystemEntries(Environment.CurrentDirectory).Order(StringComparer.Ordinal).ToList();

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = output });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL401", output, 1, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(Environment.CurrentDirectory).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "~")));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("content/essays")]
    [InlineData("")]
    public void The_content_or_templates_folder_or_a_parent_of_them_is_refused(string relative)
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        var output = Path.Combine(site.Root, relative);
        var manifest = TempSite.Manifest(site.Root);

        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = output });

        Assert.Equal(["ALL401"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(manifest, TempSite.Manifest(site.Root));
    }

    [Fact]
    public void A_folder_holding_git_is_refused_and_left_alone()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        site.Write("_site/.git/HEAD", "ref: refs/heads/main\n");
        site.Write("_site/precious.txt", "keep me");

        var result = site.Build();

        Assert.Contains("holds a .git", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(site.Output, "precious.txt")));
        Assert.Equal(2, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_bad_essay_among_a_thousand_leaves_the_previous_site_byte_for_byte()
    {
        using var site = TempSite.WithFiles([.. Enumerable.Range(1, 1000).Select(i => ($"content/essays/e{i:D4}.md", Essay.Replace("title: T", $"title: Essay {i}", StringComparison.Ordinal)))]);
        Assert.True(site.Build().Succeeded);
        var previous = TempSite.Manifest(site.Output);

        site.Write("content/essays/e0001.md", Essay.Replace("Text.", "Changed text.", StringComparison.Ordinal));
        site.Write("content/essays/e0500.md", Essay.Replace("date: 2024-05-01", "date: 2024-02-30", StringComparison.Ordinal));
        var result = site.Build();

        Assert.Equal([$"{site.Content}/essays/e0500.md:3:7: error ALL103"], result.Diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf(": ", d.ToString().IndexOf("error", StringComparison.Ordinal), StringComparison.Ordinal)]));
        Assert.Equal(previous, TempSite.Manifest(site.Output));
        // Beside the output, nothing but the image cache (where the essays' drawn cards are kept) and the inputs.
        Assert.Equal([".alliances-cache", "_site", "content", "templates"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Assert.True(site.Build().Succeeded);
        var previous = TempSite.Manifest(site.Output);
        var diagnostics = new DiagnosticBag();

        // "a" is both a file and a folder: creating the folder throws half-way through staging.
        var stats = SiteWriter.Write(site.Output, [new OutputFile("a", [1]), new OutputFile("a/b", [2])], diagnostics);

        Assert.Null(stats);
        Assert.Equal(["ALL402"], diagnostics.Sorted().Select(d => d.Code));
        Assert.Equal(previous, TempSite.Manifest(site.Output));
        Assert.Equal([".alliances-cache", "_site", "content", "templates"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unexpected_exception_becomes_a_positioned_internal_error()
    {
        var diagnostics = new DiagnosticBag();

        var value = InternalErrors.Catch<string>("content/essays/x.md", diagnostics, () => throw new InvalidOperationException("boom"));

        Assert.Null(value);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("content/essays/x.md:1:1: error ALL999: internal error while processing this file (InvalidOperationException: boom); nothing was written", error.ToString());
    }

    [Fact]
    public void An_exception_inside_the_pipeline_is_reported_as_an_internal_error_and_nothing_is_written()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        Assert.True(site.Build().Succeeded);
        var previous = TempSite.Manifest(site.Output);

        // A NUL in a path makes Path.GetFullPath throw deep inside the build.
        var result = SiteBuilder.Build(site.Options() with { OutputDirectory = site.Output + "\0x" });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALL999", site.Content, 1, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("ArgumentException", error.Message, StringComparison.Ordinal);
        Assert.Equal(previous, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void Leftovers_of_dead_builds_are_removed_but_a_running_builds_staging_and_lookalikes_are_kept()
    {
        using var site = TempSite.WithFiles(("content/essays/a.md", Essay));
        using var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        dead.WaitForExit();
        var live = Leftover(site, $"._site.alliances-staging-{Environment.ProcessId}-0123456789abcdef", marked: false);
        var stale = Leftover(site, $"._site.alliances-staging-{dead.Id}-0123456789abcdef", marked: true);
        var stalePrevious = Leftover(site, $"._site.alliances-previous-{dead.Id}-0123456789abcdef", marked: true);
        var unmarked = Leftover(site, $"._site.alliances-staging-{dead.Id}-fedcba9876543210", marked: false);
        string[] lookalikes = [Leftover(site, "_site.old-backup", false), Leftover(site, "._site.staging-notes", false), Leftover(site, $"_site.old-{dead.Id}-0123456789abcdef", false)];

        // The live build's marker stays locked while it runs, as a real staging folder's does.
        using (SiteMarker.WriteLocked(live))
        {
            Assert.True(site.Build().Succeeded);

            Assert.True(Directory.Exists(live));
        }

        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(stalePrevious));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(unmarked, "index.html")));
        Assert.All(lookalikes, folder => Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "index.html"))));
    }

    private static string Leftover(TempSite site, string name, bool marked)
    {
        var folder = Path.Combine(site.Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "mine");
        if (marked)
        {
            SiteMarker.WriteLocked(folder).Dispose();
        }

        return folder;
    }

    [Fact]
    public void A_build_killed_midway_leaves_the_previous_site_and_the_next_run_cleans_up()
    {
        using var site = TempSite.Empty();
        Alliances.Corpus.CorpusWriter.Write(400, site.Content);
        Directory.CreateDirectory(site.Templates);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Templates, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Assert.True(site.Build().Succeeded);
        var previous = TempSite.Manifest(site.Output);
        // A new site title changes every page, so the child has hundreds of files to write.
        var config = Path.Combine(site.Content, "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title:", "title: Renamed", StringComparison.Ordinal));

        using var child = ChildBuild.Start(null, "build", "--content", site.Content, "--templates", site.Templates, "--output", site.Output);
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(site.Root, "._site.alliances-staging-*").Any() && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.SpinWait(100);
        }

        Assert.False(child.HasExited, "the child finished before it could be killed; the corpus is too small for this machine");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        var afterKill = TempSite.Manifest(site.Output);
        Assert.Contains(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("._site.alliances-staging-", StringComparison.Ordinal));

        Assert.True(site.Build().Succeeded);
        Assert.Equal([".alliances-cache", "_site", "content", "templates"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var next = TempSite.Manifest(site.Output);
        Assert.NotEqual(previous, next);

        // Killed while staging (the usual case) the previous site is intact; killed in the instant
        // after the atomic exchange it is the complete new one. Never a mix of the two.
        Assert.True(afterKill.SequenceEqual(previous) || afterKill.SequenceEqual(next), "the killed build left a partial site");
    }
}
