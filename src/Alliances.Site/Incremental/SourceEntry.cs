using System.Security.Cryptography;
using System.Text;
using Alliances.Site.Diagnostics;
using Alliances.Site.Model;

namespace Alliances.Site.Incremental;

/// <summary>
/// One essay or topic file as the incremental builder keeps it between builds: its text's hash, what
/// parsing made of it, and what each later step reported about it. An entry whose hash did not change
/// is reused as it is, so the file is not parsed again.
/// </summary>
internal sealed class SourceEntry
{
    public required ContentFile File { get; init; }

    public required string Hash { get; init; }

    public Essay? Essay { get; set; }

    public Topic? Topic { get; set; }

    public IReadOnlyList<Diagnostic> ParseDiagnostics { get; set; } = [];

    public IReadOnlyList<Diagnostic> LinkDiagnostics { get; set; } = [];

    /// <summary>Set when the parsed document is fresh and its links still need rewriting.</summary>
    public bool NeedsLinking { get; set; } = true;

    /// <summary>What other pages' links to this one depend on; a change makes those pages relink.</summary>
    public string? LinkSignature { get; set; }

    public IReadOnlyList<Topic> Topics { get; set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<Passage>> Passages { get; set; } = new Dictionary<string, IReadOnlyList<Passage>>();

    public IReadOnlyList<Diagnostic> PassageDiagnostics { get; set; } = [];

    /// <summary>The topic set the passages were chosen against (-1: not yet chosen).</summary>
    public int PassagesForTopics { get; set; } = -1;

    public MarkdownContent? Content => Essay?.Body ?? Topic?.Intro;

    public IEnumerable<Diagnostic> AllDiagnostics => ParseDiagnostics.Concat(LinkDiagnostics).Concat(PassageDiagnostics);

    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
