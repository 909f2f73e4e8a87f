using System.Text.RegularExpressions;
using Alliances.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Alliances.Site.Tests.Editors;

/// <summary>The GitHub workflows parse, use the README's commands and follow the hardening checklist.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows() =>
        [.. Directory.EnumerateFiles(RepoPaths.Of(".github", "workflows"), "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Of(".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? Get(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static IEnumerable<(string Job, YamlMappingNode Body)> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)Get(workflow, "jobs")!).Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Jobs(workflow).SelectMany(j => Get(j.Body, "steps") is YamlSequenceNode steps ? steps.Children.Cast<YamlMappingNode>() : []);

    private static IEnumerable<string> Runs(YamlMappingNode workflow) =>
        Steps(workflow).Select(s => Get(s, "run")).OfType<YamlScalarNode>().Select(r => r.Value!);

    private static string Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value ?? "";

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflows_are_hardened(string name)
    {
        var workflow = Load(name);
        var triggers = Get(workflow, "on")!;

        var triggerNames = triggers switch
        {
            YamlMappingNode m => m.Children.Keys.Select(Scalar),
            YamlSequenceNode q => q.Children.Select(Scalar),
            _ => [Scalar(triggers)],
        };
        Assert.DoesNotContain("pull_request_target", triggerNames);
        Assert.NotNull(Get(workflow, "permissions"));
        Assert.All(Jobs(workflow), job => Assert.True(Get(job.Body, "timeout-minutes") is YamlScalarNode, $"job '{job.Job}' has no timeout-minutes"));
        Assert.All(Steps(workflow).Select(s => Get(s, "uses")).OfType<YamlScalarNode>(), uses =>
            Assert.Matches(PinnedAction(), uses.Value!));
        Assert.All(Steps(workflow).Where(s => Scalar(Get(s, "uses")).StartsWith("actions/checkout@", StringComparison.Ordinal)), checkout =>
            Assert.Equal("false", Scalar(Get(Get(checkout, "with")!, "persist-credentials"))));
        // Values reach scripts through env:, never by ${{ }} interpolation into the script text.
        Assert.All(Runs(workflow), run => Assert.DoesNotContain("${{", run, StringComparison.Ordinal));
    }

    [Fact]
    public void CI_tests_checks_with_annotations_and_uploads_a_preview_on_pull_requests()
    {
        var ci = Load("ci.yml");
        var runs = Runs(ci).ToList();

        Assert.NotNull(Get(Get(ci, "on")!, "pull_request") ?? (Get(ci, "on") is YamlSequenceNode s && s.Children.Contains(new YamlScalarNode("pull_request")) ? s : null));
        Assert.Contains(runs, r => r.Trim() == "bash .ci/run");
        Assert.Contains(runs, r => r.Contains("dotnet run --project src/Alliances.Cli", StringComparison.Ordinal) && r.Contains("-- check --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("dotnet run --project src/Alliances.Cli", StringComparison.Ordinal) && r.Contains("-- build", StringComparison.Ordinal) && r.Contains("--base-url", StringComparison.Ordinal));
        Assert.Contains(Steps(ci), s => Scalar(Get(s, "uses")).StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Equal("contents: read", string.Join(",", ((YamlMappingNode)Get(ci, "permissions")!).Children.Select(c => $"{c.Key}: {c.Value}")));
    }

    [Fact]
    public void CI_runs_once_per_pull_request_and_on_pushes_to_main_only()
    {
        var on = (YamlMappingNode)Get(Load("ci.yml"), "on")!;

        Assert.NotNull(Get(on, "pull_request"));
        var branches = Assert.IsType<YamlSequenceNode>(Get(Get(on, "push")!, "branches"));
        Assert.Equal(["main"], branches.Children.Select(Scalar));
    }

    [Fact]
    public void The_script_GitHub_runs_is_the_one_CI_runs_and_it_runs_every_check()
    {
        var script = File.ReadAllText(RepoPaths.Of(".ci", "run"));
        var checks = new[]
        {
            "action-validator",                                   // workflows validated
            "dotnet format Alliances.sln --verify-no-changes",   // formatting
            "dotnet test Alliances.sln",                          // the README's test command
            "dotnet run --project src/Alliances.Cli -c Release -- build", // the README's build command
            "dotnet publish src/Alliances.Cli",                   // the Native AOT binary ...
            "diff -r",                                            // ... compared with dotnet run's site
            "dotnet pack src/Alliances.Cli",                      // the editors' .NET tool ...
            "dotnet tool install Alliances.Cli",                  // ... installed from its package ...
            "/bin/alliances\" check",                             // ... and run
        };

        Assert.All(checks, check => Assert.Contains(check, script, StringComparison.Ordinal));
        var test = Jobs(Load("ci.yml")).Single(j => j.Job == "test").Body;
        var step = Assert.Single(((YamlSequenceNode)Get(test, "steps")!).Children.Cast<YamlMappingNode>(), s => Scalar(Get(s, "run")).Trim() == "bash .ci/run");
        Assert.Equal("true", Scalar(Get(Get(step, "env")!, "CI")));
    }

    [Fact]
    public void Pages_deploys_only_from_main_one_at_a_time()
    {
        var pages = Load("pages.yml");
        var deploy = Jobs(pages).Single(j => j.Job == "deploy").Body;

        Assert.Contains("refs/heads/main", Scalar(Get(deploy, "if")), StringComparison.Ordinal);
        Assert.Equal("false", Scalar(Get(Get(pages, "concurrency")!, "cancel-in-progress")));
        Assert.Contains(Runs(pages), r => r.Contains("dotnet run --project src/Alliances.Cli", StringComparison.Ordinal) && r.Contains("-- build --format github", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_restores_the_image_cache_where_the_build_keeps_it_before_building()
    {
        var build = Jobs(Load("pages.yml")).Single(j => j.Job == "build").Body;
        var steps = ((YamlSequenceNode)Get(build, "steps")!).Children.Cast<YamlMappingNode>().ToList();
        var cache = steps.FindIndex(s => Scalar(Get(s, "uses")).StartsWith("actions/cache@", StringComparison.Ordinal));
        var site = steps.FindIndex(s => Scalar(Get(s, "run")).Contains("-- build", StringComparison.Ordinal));

        Assert.InRange(cache, 0, site - 1);
        var with = Get(steps[cache], "with")!;

        // The build runs from the checkout with content/ there, so its cache is ./.alliances-cache.
        var root = Path.GetFullPath("checkout");
        var expected = Path.GetRelativePath(root, Path.GetDirectoryName(global::Alliances.Site.Images.ImageCache.DefaultFolder(Path.Combine(root, "content")))!);
        Assert.Equal(expected, Scalar(Get(with, "path")));
        Assert.StartsWith(Scalar(Get(with, "restore-keys")), Scalar(Get(with, "key")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_commands_the_workflows_run_are_the_readmes()
    {
        var readme = File.ReadAllText(RepoPaths.Of("README.md"));

        Assert.Contains("dotnet test Alliances.sln", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Alliances.Cli -- build", readme, StringComparison.Ordinal);
        Assert.Contains("check --format github", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();
}
