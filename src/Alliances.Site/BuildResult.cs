using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    LinkedSite? Site,
    IReadOnlyList<OutputFile> Files,
    WriteStats? Written,
    TimeSpan Elapsed)
{
    /// <summary>Each phase's time, in the order the phases ran (empty for builds that do not time them).</summary>
    public IReadOnlyList<PhaseTiming> Timings { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Site is not null;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public int PageCount => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
}
