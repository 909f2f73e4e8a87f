using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alliances.Browser.Tests.Support;
using Alliances.Site;

namespace Alliances.Browser.Tests;

/// <summary>
/// Not part of the default run (it builds a 1,000-essay corpus): measures what a query downloads and
/// how long it takes in Chromium. Run with ALLIANCES_SEARCH_BENCH=1 (see docs/benchmarks.md).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SearchScaleMeasurement(SiteFixture site)
{
    private static readonly string[] Queries = ["intelligence", "counter terrorism", "diplom", "military technology", "saudi arabia"];

    [SearchBenchFact]
    public async Task Search_on_1000_essays_downloads_under_100_KB_and_answers_under_50_ms()
    {
        var root = Path.Combine(Path.GetTempPath(), "alliances-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var content = Path.Combine(root, "content");
        using (var process = Process.Start(new ProcessStartInfo("python3", [Path.Combine(SiteFixture.RepoRoot, "..", "shared", "bench", "make-corpus"), "1000", content])!))
        {
            await process!.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }

        var output = Path.Combine(root, "_site");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            TemplatesDirectory = Path.Combine(SiteFixture.RepoRoot, "templates"),
            OutputDirectory = output,
            Today = new DateOnly(2100, 1, 1),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        var indexFiles = Directory.GetFiles(Path.Combine(output, "search"), "*.json", SearchOption.AllDirectories);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"index: {indexFiles.Length} files, {indexFiles.Sum(f => new FileInfo(f).Length)} bytes in total; manifest {new FileInfo(Path.Combine(output, "search", "manifest.json")).Length} bytes");

        await using var server = await StaticSiteServer.StartAsync(new Dictionary<string, string> { ["/bench"] = output });
        foreach (var query in Queries)
        {
            var page = await site.NewPageAsync();
            var bytes = new Dictionary<string, long>();
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("/search/", StringComparison.Ordinal) && response.Url.EndsWith(".json", StringComparison.Ordinal))
                {
                    bytes[response.Url] = response.BodyAsync().GetAwaiter().GetResult().Length;
                }
            };
            await page.GotoAsync(server.Origin + "/bench/search/");
            var list = page.Locator("#search-results");
            await page.Locator("#search-page-q").FillAsync(query);
            await page.WaitForFunctionAsync("document.getElementById('search-results').dataset.ms");
            var cold = double.Parse((await list.GetAttributeAsync("data-ms"))!, CultureInfo.InvariantCulture);
            var warm = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                await page.EvaluateAsync("delete document.getElementById('search-results').dataset.ms");
                await page.Locator("#search-page-q").FillAsync("x");
                await page.Locator("#search-page-q").FillAsync(query);
                await page.WaitForFunctionAsync("document.getElementById('search-results').dataset.ms");
                warm.Add(double.Parse((await list.GetAttributeAsync("data-ms"))!, CultureInfo.InvariantCulture));
            }

            var index = bytes.Where(b => !b.Key.Contains("/search/d/", StringComparison.Ordinal)).Sum(b => b.Value);
            var snippets = bytes.Where(b => b.Key.Contains("/search/d/", StringComparison.Ordinal)).Sum(b => b.Value);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"\"{query}\": index {index} bytes ({bytes.Count(b => !b.Key.Contains("/search/d/", StringComparison.Ordinal))} files) + snippets {snippets} bytes ({bytes.Count(b => b.Key.Contains("/search/d/", StringComparison.Ordinal))} files); first query {cold:F1} ms, cached median {warm.Order().ElementAt(2):F1} ms");
            Assert.True(index + snippets < 100 * 1024, report.ToString());
            Assert.True(warm.Order().ElementAt(2) < 50, report.ToString());
            await page.Context.CloseAsync();
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "TestResults", "search-bench.txt"), report.ToString());
        Directory.Delete(root, recursive: true);
    }
}

/// <summary>Runs only when ALLIANCES_SEARCH_BENCH=1 and Chromium is present.</summary>
public sealed class SearchBenchFactAttribute : FactAttribute
{
    public SearchBenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ALLIANCES_SEARCH_BENCH") != "1")
        {
            Skip = "Scale measurement: set ALLIANCES_SEARCH_BENCH=1 to build a 1,000-essay corpus and measure search.";
        }
        else if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            Skip = "Chromium is not installed at " + ChromiumFactAttribute.ExecutablePath;
        }
    }
}
