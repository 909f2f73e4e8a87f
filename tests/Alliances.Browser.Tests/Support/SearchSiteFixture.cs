using System.Globalization;
using System.Text;
using Alliances.Site;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// A site for search in the readers' languages, served under /ml/: essays written in Arabic, Persian,
/// Urdu and Turkish, an English one with an Arabic section, and 45 short essays that all mention
/// "partnership" (more than two pages of results). Its site.yml has variants. The same essays are
/// also built as a site in Arabic, served under /ar/.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "alliances-search-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? server;

    public string SiteUrl => server!.Origin + "/ml/";

    /// <summary>The built site's folder, to open its pages as files.</summary>
    public string Output => Path.Combine(root, "_site");

    /// <summary>The same essays on a site in Arabic (`language: ar`), served under /ar/.</summary>
    public string ArabicSiteUrl => server!.Origin + "/ar/";

    private string ArabicOutput => Path.Combine(root, "_site-ar");

    private static readonly (string File, string Lang, string Title, string Body)[] Essays =
    [
        ("arabic.md", "ar", "التعاون الأمني", "## الأمن الجماعي\n\nتُعدّ منظمة التعاون الإسلامي، التي تضم 57 دولة، منبرًا للحوار.\n\n## الاقتصاد\n\nهناك عدة مشاريع مشتركة.\n"),
        ("persian.md", "fa", "همکاری دفاعی", "## پیمان\n\nایران و پاکستان در زمینهٔ امنیت مرزی همکاری می‌کنند.\n"),
        ("urdu.md", "ur", "دفاعی تعاون", "## معاہدے\n\nپاکستان اور ترکی کے درمیان دفاعی تعاون بڑھ رہا ہے۔\n"),
        ("turkish.md", "tr", "İslam İşbirliği Teşkilatı", "## Türkiye ve ortakları\n\nİslam İşbirliği Teşkilatı üyeleri arasında güçlü bağlar vardır.\n"),
        ("english.md", "en", "Defense ties", "## Intelligence\n\nThe U.S. and its partners share intelligence on defense.\n\n## بالعربية\n\nالأمن الإقليمي مهم.\n"),
    ];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi)
        {
            return;
        }

        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "essays"));
        Directory.CreateDirectory(Path.Combine(content, "topics"));
        File.WriteAllText(Path.Combine(content, "site.yml"),
            "title: Search test\ndescription: Essays in several languages.\nbase_url: https://example.org/ml/\n" +
            "search:\n  variants:\n    - [defence, defense]\n    - [US, United States]\n");
        foreach (var slug in new[] { "technology", "intelligence", "diplomacy", "wartime-support" })
        {
            File.WriteAllText(Path.Combine(content, "topics", slug + ".md"), $"---\ntitle: {slug}\nsummary: About {slug}.\n---\n\nIntro.\n");
        }

        foreach (var (file, lang, title, body) in Essays)
        {
            Write(content, file, title, "2025-01-01", $"lang: {lang}\n", body);
        }

        for (var i = 0; i < 45; i++)
        {
            Write(content, $"filler-{i:D2}.md", $"Filler essay {i}", "2024-01-01", "", $"A partnership of nations, number {i}.\n");
        }

        Build(content, Output);

        // The same essays on a site whose language is Arabic: its interface, the search page's included, is in Arabic.
        var arabic = Path.Combine(root, "content-ar");
        Directory.CreateDirectory(Path.Combine(arabic, "essays"));
        Directory.CreateDirectory(Path.Combine(arabic, "topics"));
        File.WriteAllText(Path.Combine(arabic, "site.yml"), "title: اختبار البحث\ndescription: مقالات بعدة لغات.\nbase_url: https://example.org/ar/\nlanguage: ar\n");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "topics")))
        {
            File.Copy(file, Path.Combine(arabic, "topics", Path.GetFileName(file)));
        }

        foreach (var (file, lang, title, body) in Essays)
        {
            Write(arabic, file, title, "2025-01-01", $"lang: {lang}\n", body);
        }

        Build(arabic, ArabicOutput);
        server = await StaticSiteServer.StartAsync(new Dictionary<string, string> { ["/ml"] = Output, ["/ar"] = ArabicOutput });
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

    private static void Write(string content, string file, string title, string date, string extra, string body) =>
        File.WriteAllText(Path.Combine(content, "essays", file), string.Create(CultureInfo.InvariantCulture,
            $"---\ntitle: \"{title}\"\ndate: {date}\nsummary: About {title}.\ntopics: [diplomacy]\n{extra}---\n\n{body}"), new UTF8Encoding(false));
}
