using Alliances.Site.Diagnostics;
using Alliances.Site.Output;

namespace Alliances.Site.Incremental;

/// <summary>
/// One incremental build. <see cref="Files"/> is the whole site when it succeeded (the same
/// <see cref="OutputFile"/> instances as before for pages that were not rendered again) and empty
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

    public TimeSpan LoadTime { get; init; }

    public TimeSpan LinkTime { get; init; }

    public TimeSpan RenderTime { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
