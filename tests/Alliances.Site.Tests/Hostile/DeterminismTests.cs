using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// The same input gives the same bytes whatever the machine: time zone, locale (Turkish dotted
/// and dotless i, German number and date formats), the order files were created in, and parallelism.
/// </summary>
public class DeterminismTests
{
    private const string CultureSensitive =
        "---\ntitle: \"Istanbul, İzmir and ıI: 1.234,5 vs 1,234.5\"\ndate: 2024-12-31\nsummary: Dates at the year's end, TITLE CASE and I/i.\ntopics: [diplomacy, INTELLIGENCE]\n---\n\n"
        + "## Interim İnformation\n\nText with 3.5 and 1,000 and the date 2024-12-31.\n\n## ISTANBUL\n\nMore.\n";

    private static TempSite Site()
    {
        var site = TempSite.FromRepository();
        site.Write("content/essays/istanbul-izmir.md", CultureSensitive);
        return site;
    }

    [Fact]
    public void Builds_under_other_time_zones_and_locales_are_byte_identical()
    {
        using var site = Site();
        var manifests = new List<(string Name, SortedDictionary<string, string> Manifest)>();
        foreach (var (name, tz, lang) in new[]
        {
            ("UTC, C", "UTC", "C.UTF-8"),
            ("Kiritimati, tr-TR", "Pacific/Kiritimati", "tr_TR.UTF-8"),
            ("Honolulu, de-DE", "Pacific/Honolulu", "de_DE.UTF-8"),
        })
        {
            var output = Path.Combine(site.Root, "out-" + manifests.Count);
            var environment = new Dictionary<string, string> { ["TZ"] = tz, ["LANG"] = lang, ["LC_ALL"] = lang };
            var (exitCode, log) = ChildBuild.Run(environment, "build", "--content", site.Content, "--templates", site.Templates, "--output", output);
            Assert.True(exitCode == 0, log);
            manifests.Add((name, TempSite.Manifest(output)));
        }

        Assert.All(manifests, m => Assert.Equal(manifests[0].Manifest, m.Manifest));
        Assert.True(manifests[0].Manifest.Count > 10);
    }

    [Fact]
    public void File_creation_order_and_parallelism_do_not_change_the_output()
    {
        using var forward = Site();
        using var backward = TempSite.Empty();
        foreach (var file in Directory.EnumerateFiles(forward.Root, "*", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal))
        {
            backward.Write(Path.GetRelativePath(forward.Root, file), File.ReadAllText(file));
        }

        var serial = SiteBuilder.Build(forward.Options() with { MaxParallelism = 1 });
        var parallel = SiteBuilder.Build(backward.Options() with { MaxParallelism = 8 });

        Assert.True(serial.Succeeded && parallel.Succeeded, string.Join('\n', serial.Diagnostics.Concat(parallel.Diagnostics)));
        Assert.Equal(TempSite.Manifest(forward.Output), TempSite.Manifest(backward.Output));
        Assert.Equal(serial.Diagnostics.Select(d => d.ToString().Replace(forward.Root, "", StringComparison.Ordinal)),
            parallel.Diagnostics.Select(d => d.ToString().Replace(backward.Root, "", StringComparison.Ordinal)));
    }
}
