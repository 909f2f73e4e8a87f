using System.Collections.Concurrent;
using Alliances.Site.Loading;

namespace Alliances.Site.Images;

/// <summary>
/// The content folder's image files, each read and checked once per build however many essays show it
/// (from any thread). The incremental builder keeps one and forgets a file when it changes.
/// </summary>
public sealed class ImageCatalog(string contentDirectory)
{
    private readonly ConcurrentDictionary<string, Lazy<InspectedImage?>> _files = new(StringComparer.Ordinal);
    private readonly ContainedFiles.RealFolders _folders = new();

    /// <summary>The image at a content-relative path; null when there is no such file.</summary>
    public InspectedImage? Get(string contentPath) =>
        _files.GetOrAdd(contentPath, path => new Lazy<InspectedImage?>(() => Read(path))).Value;

    /// <summary>Reads the file again at its next use (it changed).</summary>
    public void Forget(string contentPath) => _files.TryRemove(contentPath, out _);

    /// <summary>The image files of a content folder (content-relative), for "did you mean".</summary>
    public IEnumerable<string> ImagesIn(string folder)
    {
        var full = Path.Combine(contentDirectory, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(contentDirectory, f).Replace('\\', '/'))
                .Where(ImageFormats.IsImagePath)
            : [];
    }

    private InspectedImage? Read(string contentPath)
    {
        var full = Path.Combine(contentDirectory, contentPath);
        var info = new FileInfo(full);
        if (ContainedFiles.Problem(contentDirectory, full, info, _folders) is { } linkProblem)
        {
            return new(null, Diagnostics.DiagnosticCodes.SymlinkRefused, linkProblem);
        }

        return info.Exists ? ImageInspector.Inspect(full, contentPath) : null;
    }
}
