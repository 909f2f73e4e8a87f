using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site;

/// <param name="Files">The files with their bytes, for a check (a build streams them to disk and keeps none).</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    LinkedSite? Site,
    IReadOnlyList<OutputFile> Files,
    WriteStats? Written,
    TimeSpan Elapsed)
{
    /// <summary>Each phase's time, in the order the phases ran (empty for builds that do not time them).</summary>
    public IReadOnlyList<PhaseTiming> Timings { get; init; } = [];

    /// <summary>Every file the run produced, in ordinal order (written, for a build).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>How many images had their resized copies encoded (not found in the cache): 0 when no image changed.</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>How many images took every resized copy from the cache.</summary>
    public int ImagesReused { get; init; }

    /// <summary>How many social cards were drawn (not found in the cache).</summary>
    public int CardsDrawn { get; init; }

    /// <summary>How many social cards came from the cache.</summary>
    public int CardsReused { get; init; }

    /// <summary>Where a successful build wrote the site.</summary>
    public string? OutputDirectory { get; init; }

    private IReadOnlyDictionary<string, byte[]>? _contentByPath;

    /// <summary>One produced file's bytes: kept in memory by a check, read back from the output after a build.</summary>
    /// <remarks>Looked up by path, not searched: `--compare` asks for every file of the site.</remarks>
    public byte[] ContentOf(string path)
    {
        if (Files.Count > 0)
        {
            _contentByPath ??= Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
            return _contentByPath[path];
        }

        return OutputDirectory is { } written ? File.ReadAllBytes(Path.Combine(written, path)) : throw new KeyNotFoundException(path);
    }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Site is not null;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public int PageCount => Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
}
