using Alliances.Site;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// Builds the real site (two essays a page, so lists have a second page) and a second one holding a hostile essay, serves both with Kestrel under
/// /alliances/ and /hostile/, and starts one headless Chromium shared by the collection.
/// Nothing starts when Chromium is missing (the tests are skipped then).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string HostileTitle = "</title><script>alert(1)</script>";

    private readonly string root = Path.Combine(Path.GetTempPath(), "alliances-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private IPlaywright? playwright;
    private StaticSiteServer? server;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The real site's root URL, ending with '/'.</summary>
    public string SiteUrl => server!.Origin + "/alliances/";

    public string HostileUrl => server!.Origin + "/hostile/";

    /// <summary>
    /// Where the tests keep their screenshots: ALLIANCES_SCREENSHOTS when set (CI uploads that folder),
    /// else TestResults/screenshots beside the test assembly.
    /// </summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("ALLIANCES_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi)
        {
            return;
        }

        var real = BuildSite("real", hostile: false);
        var hostile = BuildSite("hostile", hostile: true);
        server = await StaticSiteServer.StartAsync(new Dictionary<string, string> { ["/alliances"] = real, ["/hostile"] = hostile });
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        return page;
    }

    private string BuildSite(string name, bool hostile)
    {
        var content = Path.Combine(root, name, "content");
        Copy(Path.Combine(RepoRoot, "content"), content);
        if (!hostile)
        {
            // Two essays a page, so the real site has every page kind: a second home and topic page too.
            File.AppendAllText(Path.Combine(content, "site.yml"), "page_size: 2\n");
        }
        else
        {
            File.WriteAllText(Path.Combine(content, "essays", "hostile.md"),
                $"---\ntitle: \"{HostileTitle}\"\ndate: 2026-01-01\nsummary: \"<img src=x onerror=alert(2)>\"\ntopics: [diplomacy]\n---\n\n" +
                "Text with <script>alert(3)</script> and `<b>` in code.\n\n## <b onmouseover=alert(5)>Heading</b>\n\nMore text.\n\n" +
                "| Alliance | Founded | Members | Technology | Intelligence | Diplomacy | Wartime support |\n|---|---|---|---|---|---|---|\n" +
                "| Organisation-of-Islamic-Cooperation | 1969 | fifty-seven-member-states | exchange-programmes | counter-terrorism-sharing | united-nations-votes | humanitarian-logistics |\n");
        }

        var output = Path.Combine(root, name, "_site");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            TemplatesDirectory = Path.Combine(RepoRoot, "templates"),
            OutputDirectory = output,
            BaseUrl = "https://example.org/" + (hostile ? "hostile/" : "alliances/"),
            Today = new DateOnly(2030, 1, 1),
        });
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("site did not build: " + string.Join("\n", errors));
        }

        return output;
    }

    public async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliances.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Alliances.sln not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<SiteFixture>, ICollectionFixture<LanguagesSiteFixture>
{
    public const string Name = "Browser";
}
