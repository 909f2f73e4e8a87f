using System.Globalization;
using System.Text;
using Alliances.Site;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// The readers' languages, served under /ml/: Fixtures/LanguagesSite, essays written wholly in Arabic,
/// Persian, Urdu and Turkish and an English one with an Arabic section marked <c>{lang=ar}</c>, plus
/// 45 short essays that all mention "partnership" (more than two pages of search results). Its
/// site.yml has search variants. The same five essays are also built as a site in Arabic
/// (`language: ar`), served under /ar/, with one more essay whose file name is Arabic. Built once for the browser collection, for the search and
/// the language and direction tests alike.
/// </summary>
public sealed class LanguagesSiteFixture : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "alliances-languages-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? server;

    public string SiteUrl => server!.Origin + "/ml/";

    /// <summary>The built site's folder, to open its pages as files.</summary>
    public string Output => Path.Combine(root, "_site");

    /// <summary>The same essays on a site in Arabic (`language: ar`), served under /ar/.</summary>
    public string ArabicSiteUrl => server!.Origin + "/ar/";

    private string ArabicOutput => Path.Combine(root, "_site-ar");

    /// <summary>Each essay of the fixture: its path under the site, its language and the direction its page must have.</summary>
    public static readonly (string Path, string Lang, string Dir)[] Essays =
    [
        ("essays/arabic/", "ar", "rtl"),
        ("essays/persian/", "fa", "rtl"),
        ("essays/urdu/", "ur", "rtl"),
        ("essays/turkish/", "tr", "ltr"),
        ("essays/english/", "en", "ltr"),
    ];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi)
        {
            return;
        }

        var content = Path.Combine(root, "content");
        var fixture = Path.Combine(SiteFixture.RepoRoot, "tests", "Alliances.Browser.Tests", "Fixtures", "LanguagesSite", "content");
        Copy(fixture, content);

        // The same essays on a site whose language is Arabic: its interface, the search page's included, is in Arabic.
        var arabic = Path.Combine(root, "content-ar");
        Copy(fixture, arabic);
        File.WriteAllText(Path.Combine(arabic, "site.yml"), "title: اختبار البحث\ndescription: مقالات بعدة لغات.\nbase_url: https://example.org/ar/\nlanguage: ar\n");

        // An essay whose file name is Arabic: its address is percent-encoded, and a search result must reach it.
        File.WriteAllText(Path.Combine(arabic, "essays", "الدفاع-المشترك.md"),
            "---\ntitle: الدفاع المشترك\ndate: 2025-01-01\nsummary: عن الدفاع المشترك.\ntopics: [diplomacy]\nlang: ar\n---\n\n## التحالف\n\nتعاون دفاعي فريدوحيد بين الحلفاء.\n",
            new UTF8Encoding(false));
        Build(arabic, ArabicOutput);

        for (var i = 0; i < 45; i++)
        {
            File.WriteAllText(Path.Combine(content, "essays", $"filler-{i:D2}.md"), string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: \"Filler essay {i}\"\ndate: 2024-01-01\nsummary: About filler essay {i}.\ntopics: [diplomacy]\n---\n\nA partnership of nations, number {i}.\n"),
                new UTF8Encoding(false));
        }

        Build(content, Output);
        server = await StaticSiteServer.StartAsync(new Dictionary<string, string> { ["/ml"] = Output, ["/ar"] = ArabicOutput });
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

    private static void Build(string content, string output)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            TemplatesDirectory = Path.Combine(SiteFixture.RepoRoot, "templates"),
            OutputDirectory = output,
            Today = new DateOnly(2030, 1, 1),
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
