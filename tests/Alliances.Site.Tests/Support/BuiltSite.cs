using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Support;

/// <summary>
/// The real content/ built once into a temp folder under a subpath base URL, shared by the
/// whole-site tests (xunit class fixture), with every HTML page parsed by AngleSharp.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    public const string BaseUrl = "https://example.org/alliances/";

    private readonly TempSite _site = TempSite.FromRepository();

    public BuiltSite()
    {
        Result = _site.Build(BaseUrl);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("The real site does not build:\n" + string.Join('\n', Result.Diagnostics));
        }

        var parser = new HtmlParser();
        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
    }

    public BuildResult Result { get; }

    public string Output => _site.Output;

    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public IDocument Page(string path) => Pages[path];

    /// <summary>The URL a browser would have for an output file, under the base URL.</summary>
    public static Uri UrlOf(string outputPath) =>
        new(new Uri(BaseUrl), outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath == "index.html" ? "" : outputPath);

    /// <summary>Maps a URL back to the output file a static host would serve for it, or null when it is not on the site.</summary>
    public static string? FileFor(Uri url)
    {
        var basePath = new Uri(BaseUrl).AbsolutePath;
        if (url.Host != "example.org" || !url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(url.AbsolutePath[basePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    public void Dispose() => _site.Dispose();
}
