using Alliances.Site.Diagnostics;
using Alliances.Site.Output;

namespace Alliances.Site.Incremental;

/// <summary>
/// One incremental build. When it succeeded, <see cref="Files"/> is every page, asset and image, in no
/// set order (the same <see cref="OutputFile"/> instances as before for pages that were not rendered
/// again; the preview serves them by path, so they are not sorted: at 10,000 essays sorting them was a
/// visible part of every save's rebuild in a profile) and
/// <see cref="SiteWideFiles"/> the feeds, sitemap and search index, still being made when the build
/// returns (they take longest and no page waits for them); together, the whole site. Both are empty
/// when it failed.
/// </summary>
public sealed record IncrementalResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<string> RenderedPages,
    int ReusedPages,
    int ParsedFiles,
    TimeSpan Elapsed)
{
    /// <summary>The site's base path ("/alliances/"), when site.yml could be read.</summary>
    public string? BasePath { get; init; }

    /// <summary>How long the build waited for the last one's site-wide files before it could start (edits saved faster than those are made).</summary>
    public TimeSpan WaitTime { get; init; }

    /// <summary>
    /// Whether the link phase kept the last build's site and worked out only what edited texts decide
    /// (essays changed in their text only: see <see cref="LinkMemo.TextEditsSince"/>).
    /// </summary>
    public bool LinkedTextEditsOnly { get; init; }

    /// <summary>The linked site the pages were rendered from (null when the build failed before); for tests.</summary>
    internal Model.LinkedSite? Site { get; init; }

    public TimeSpan LoadTime { get; init; }

    public TimeSpan LinkTime { get; init; }

    public TimeSpan RenderTime { get; init; }

    /// <summary>The render phase's parts (pages, feeds, sitemap, search index, images), for the preview's log.</summary>
    public IReadOnlyList<PhaseTiming> RenderParts { get; init; } = [];

    /// <summary>The feeds, sitemap and search index, made after the pages; see <see cref="AllFiles"/>.</summary>
    public Task<IReadOnlyList<OutputFile>> SiteWideFiles { get; init; } = Task.FromResult<IReadOnlyList<OutputFile>>([]);

    /// <summary>The whole site, in ordinal path order, once the site-wide files are made.</summary>
    public IReadOnlyList<OutputFile> AllFiles() =>
        [.. Files.Concat(SiteWideFiles.GetAwaiter().GetResult()).OrderBy(f => f.Path, StringComparer.Ordinal)];

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
