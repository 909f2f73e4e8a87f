using System.Collections.Concurrent;
using System.Security.Cryptography;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering;

/// <summary>
/// templates/assets/ copied to /assets/. The stylesheet's URL carries a hash of its bytes, so a
/// changed design is never served stale from a reader's cache.
/// </summary>
public sealed record AssetSet(IReadOnlyList<OutputFile> Files, string CssPath, string FaviconPath)
{
    public static AssetSet Load(string templatesDirectory) => Load(templatesDirectory, new DiagnosticBag());

    /// <summary>Loads the assets; a symbolic link leaving the templates folder is reported and skipped.</summary>
    public static AssetSet Load(string templatesDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(templatesDirectory, "assets");
        var display = templatesDirectory.Replace('\\', '/').TrimEnd('/') + "/assets";
        var files = Directory.Exists(root)
            ? ContainedFiles.Enumerate(root, "*", display, diagnostics)
                .Select(f => new OutputFile("assets/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList()
            : [];
        var css = files.FirstOrDefault(f => f.Path == "assets/style.css");
        var cssPath = css is null ? "assets/style.css" : $"assets/style.css?v={Hash(css.Content)}";
        var favicon = files.FirstOrDefault(f => f.Path.StartsWith("assets/favicon.", StringComparison.Ordinal))?.Path ?? "assets/favicon.svg";
        return new AssetSet(files, cssPath, favicon);
    }

    /// <summary>Each asset's hashed path, made once: every page asks for it.</summary>
    private readonly ConcurrentDictionary<string, string> _hashed = new(StringComparer.Ordinal);

    /// <summary>The path of an asset with its content hash, for cache busting (e.g. "assets/search.js?v=…").</summary>
    public string Hashed(string path) => _hashed.GetOrAdd(path, p =>
        Files.FirstOrDefault(f => f.Path == p) is { } file ? $"{p}?v={Hash(file.Content)}" : p);

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];
}
