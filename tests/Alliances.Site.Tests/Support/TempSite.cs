namespace Alliances.Site.Tests.Support;

/// <summary>
/// A site in a temp folder: the real templates and either the real content or an inline file set
/// (Hugo-style), with helpers to build it and read the output. Deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Output => Path.Combine(Root, "_site");

    /// <summary>The real content/ and templates/ copied into a temp folder.</summary>
    public static TempSite FromRepository()
    {
        var site = Empty();
        CopyDirectory(RepoPaths.Content, site.Content);
        CopyDirectory(RepoPaths.Templates, site.Templates);
        return site;
    }

    /// <summary>The diagnostics fixtures' small valid site (<c>Fixtures/Diagnostics/_base</c>) and the real templates.</summary>
    public static TempSite FromFixtureBase()
    {
        var site = Empty();
        CopyDirectory(Path.Combine(RepoPaths.DiagnosticFixtures, "_base", "content"), site.Content);
        CopyDirectory(RepoPaths.Templates, site.Templates);
        return site;
    }

    /// <summary>The real templates and a minimal valid content folder (four topics, site.yml), plus <paramref name="files"/>.</summary>
    public static TempSite WithFiles(params (string Path, string Text)[] files)
    {
        var site = Empty();
        CopyDirectory(RepoPaths.Templates, site.Templates);
        site.Write("content/site.yml", "title: Test\ndescription: A test site.\nbase_url: https://example.org/alliances/\nlanguage: en\nrepository: https://github.com/example/alliances\n");
        foreach (var slug in new[] { "technology", "intelligence", "diplomacy", "wartime-support" })
        {
            site.Write($"content/topics/{slug}.md", $"---\ntitle: {char.ToUpperInvariant(slug[0])}{slug[1..].Replace('-', ' ')}\nsummary: About {slug}.\n---\n\nIntro to {slug}.\n");
        }

        Directory.CreateDirectory(Path.Combine(site.Content, "essays"));
        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        return site;
    }

    public static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "alliances-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    /// <summary>A path inside the temp folder (which need not exist yet).</summary>
    public string Of(string relativePath) => Path.Combine(Root, relativePath);

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public BuildOptions Options(string? baseUrl = null) => new()
    {
        ContentDirectory = Content,
        TemplatesDirectory = Templates,
        OutputDirectory = Output,
        BaseUrl = baseUrl,
        Today = new DateOnly(2030, 1, 1),
    };

    public BuildResult Build(string? baseUrl = null) => SiteBuilder.Build(Options(baseUrl));

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Every output file with a hash of its bytes, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, string> Manifest(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(directory, f).Replace('\\', '/'),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Copies every file under <paramref name="from"/> into <paramref name="to"/>, replacing files already there (fixture overlays rely on it).</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
