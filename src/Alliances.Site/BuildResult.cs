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
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Site is not null;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public int PageCount => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
}
