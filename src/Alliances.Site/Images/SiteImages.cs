using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Images;

/// <summary>
/// Where the published essays' images go, and putting them there: an essay's own image beside its
/// page (`essays/&lt;slug&gt;/map.png`, with `map-640w.webp` and the other copies), a shared one at
/// its own path (`images/x.png`), each once however many essays show it.
/// </summary>
public static class SiteImages
{
    /// <summary>An image's path in the built site, as the essay that shows it publishes it.</summary>
    public static string SitePath(Essay essay, ImageFile image) =>
        EssayImages.BundleFolder(essay.Source.RelativePath) is { } bundle && image.ContentPath.StartsWith(bundle, StringComparison.Ordinal)
            ? essay.Folder + image.ContentPath[bundle.Length..]
            : image.ContentPath;

    /// <summary>The published essays' images by site path, in ordinal order.</summary>
    public static IReadOnlyList<(string SitePath, ImageFile Image)> Of(IEnumerable<Essay> essays)
    {
        var paths = new SortedDictionary<string, ImageFile>(StringComparer.Ordinal);
        foreach (var essay in essays)
        {
            foreach (var use in essay.Body.Images)
            {
                if (use.Image is { } image)
                {
                    paths.TryAdd(SitePath(essay, image), image);
                }
            }
        }

        return [.. paths.Select(p => (p.Key, p.Value))];
    }

    /// <summary>Adds each image and its resized copies to <paramref name="sink"/> (in parallel: encoding is the slow part).</summary>
    public static void Write(IEnumerable<Essay> essays, string contentDirectory, ImageCache cache, OutputSink sink, DiagnosticBag diagnostics, int parallelism)
    {
        var images = Of(essays);
        Parallel.For(0, images.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var (sitePath, image) = images[i];
            var at = SourceLocation.FileStart(Path.Combine(contentDirectory, image.ContentPath).Replace('\\', '/'));
            try
            {
                byte[]? original = null;
                byte[] Original() => original ??= File.ReadAllBytes(Path.Combine(contentDirectory, image.ContentPath));
                sink.Add(sitePath, Original());
                if (image.VariantWidths.Count == 0)
                {
                    return;
                }

                if (cache.Variants(image, Original) is not { } copies)
                {
                    diagnostics.Report(at, DiagnosticCodes.ImageFormat, $"the image '{image.ContentPath}' cannot be decoded (the file is damaged); export it again");
                    return;
                }

                var folder = sitePath[..(sitePath.LastIndexOf('/') + 1)];
                for (var w = 0; w < copies.Length; w++)
                {
                    sink.Add(folder + ImageFile.VariantName(Path.GetFileName(sitePath), image.VariantWidths[w]), copies[w]);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(at, DiagnosticCodes.FileUnreadable, $"cannot read the image: {e.Message}");
            }
        });
    }
}
