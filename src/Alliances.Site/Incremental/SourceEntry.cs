using System.Security.Cryptography;
using System.Text;
using Alliances.Site.Diagnostics;
using Alliances.Site.Model;

namespace Alliances.Site.Incremental;

/// <summary>
/// One essay or topic file as the incremental builder keeps it between builds: its text's hash, what
/// parsing made of it, and what parsing reported. An entry whose hash did not change
/// is reused as it is, so the file is not parsed again.
/// </summary>
internal sealed class SourceEntry
{
    public required ContentFile File { get; init; }

    public required string Hash { get; init; }

    /// <summary>The essay, with its `updated` date from git when the file sets none (<see cref="ContentCache.ApplyGitDates"/>).</summary>
    public Essay? Essay { get; set; }

    /// <summary>The essay as its file gave it, before git's dates.</summary>
    public Essay? Undated { get; set; }

    /// <summary>What parsing reported, before git's warnings.</summary>
    public IReadOnlyList<Diagnostic> ReadDiagnostics { get; set; } = [];

    public Topic? Topic { get; set; }

    public IReadOnlyList<Diagnostic> ParseDiagnostics { get; set; } = [];

    /// <summary>Set when the file was just parsed and a missing `updated` may still come from git.</summary>
    public bool NeedsDates { get; set; } = true;

    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
