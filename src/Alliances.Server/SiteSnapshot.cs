using System.Text;
using Alliances.Site.Output;
using Microsoft.AspNetCore.StaticFiles;

namespace Alliances.Server;

/// <summary>One served file: the bytes sent (HTML with the live-reload script added) and its type.</summary>
internal sealed record ServedFile(OutputFile Source, byte[] Body, string ContentType);

/// <summary>
/// The last good build, held in memory and swapped whole: a request sees one build or the next,
/// never a mix. Pages that did not change keep their <see cref="ServedFile"/> from the previous
/// snapshot, so only changed pages get the script injected again.
/// </summary>
internal sealed class SiteSnapshot
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly Dictionary<string, ServedFile> _files;

    /// <summary>The feeds, sitemap and search index, made after the pages (see IncrementalResult.SiteWideFiles); a request for one waits for them.</summary>
    private readonly Task<Dictionary<string, ServedFile>> _later;

    private SiteSnapshot(string basePath, int build, Dictionary<string, ServedFile> files, Task<Dictionary<string, ServedFile>> later, bool differs)
    {
        BasePath = basePath;
        Build = build;
        _files = files;
        _later = later;
        DiffersFromPrevious = differs;
    }

    /// <summary>Whether any page or other file made with the pages was added, removed or changed since the previous snapshot (open pages then reload).</summary>
    public bool DiffersFromPrevious { get; }

    public string BasePath { get; }

    public int Build { get; }

    public int Count => _files.Count;

    public static SiteSnapshot Create(string basePath, int build, IReadOnlyList<OutputFile> files, SiteSnapshot? previous, Task<IReadOnlyList<OutputFile>>? later = null)
    {
        var script = Encoding.UTF8.GetBytes(LiveReload.ScriptTag(basePath));
        var reuse = previous is not null && previous.BasePath == basePath;
        var served = new Dictionary<string, ServedFile>(files.Count, StringComparer.Ordinal);
        var changed = !reuse || previous!.Count != files.Count;
        foreach (var file in files)
        {
            if (reuse && previous!._files.TryGetValue(file.Path, out var old) && ReferenceEquals(old.Source, file))
            {
                served[file.Path] = old;
            }
            else
            {
                served[file.Path] = Serve(file, script);
                changed = true;
            }
        }

        var servedLater = later is null
            ? Task.FromResult(new Dictionary<string, ServedFile>(StringComparer.Ordinal))
            : later.ContinueWith(t => t.Result.ToDictionary(f => f.Path, f => Serve(f, script), StringComparer.Ordinal), TaskScheduler.Default);
        return new SiteSnapshot(basePath, build, served, servedLater, changed);
    }

    /// <summary>The file at a site path; a site-wide file once it is made.</summary>
    public async ValueTask<ServedFile?> FindAsync(string sitePath) =>
        _files.GetValueOrDefault(sitePath) ?? (await _later.ConfigureAwait(false)).GetValueOrDefault(sitePath);

    private static ServedFile Serve(OutputFile file, byte[] script)
    {
        var type = ContentTypes.TryGetContentType(file.Path, out var found) ? found : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml")
        {
            type += "; charset=utf-8";
        }

        var body = file.Path.EndsWith(".html", StringComparison.Ordinal) ? Inject(file.Content, script) : file.Content;
        return new ServedFile(file, body, type);
    }

    /// <summary>Adds the script before the last &lt;/body&gt; (or at the end). Only `serve` does this; a build never does.</summary>
    internal static byte[] Inject(byte[] html, byte[] script)
    {
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0)
        {
            return [.. html, .. script];
        }

        return [.. html.AsSpan(0, at), .. script, .. html.AsSpan(at)];
    }
}
