using System.Reflection;
using System.Text.RegularExpressions;

namespace Alliances.Corpus;

/// <summary>
/// The headings, paragraphs and list items of the three real essays, which the corpus reshuffles so
/// that synthetic essays read (and parse, and cost) like real ones.
/// </summary>
internal sealed partial class SeedText
{
    public List<string> Headings { get; } = [];

    public List<string> Paragraphs { get; } = [];

    public List<string> Items { get; } = [];

    public static SeedText Load()
    {
        var seed = new SeedText();
        var assembly = typeof(SeedText).Assembly;
        // Sorted by name so the pools' order, and so the corpus, never depends on resource order.
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Seed.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            seed.Add(Read(assembly, name));
        }

        if (seed.Headings.Count == 0 || seed.Paragraphs.Count == 0 || seed.Items.Count == 0)
        {
            throw new InvalidOperationException("The corpus generator's seed essays are missing from its assembly.");
        }

        return seed;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private void Add(string text)
    {
        foreach (var raw in BlankLines().Split(text))
        {
            var block = raw.Trim();
            if (block.Length == 0 || block.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            if (block.StartsWith('#'))
            {
                Headings.Add(block.TrimStart('#').Trim());
            }
            else if (ListMarker().IsMatch(block))
            {
                Items.AddRange(block.Split('\n').Where(l => l.Trim().Length > 0).Select(l => ListMarker().Replace(l, "").Trim()));
            }
            else
            {
                Paragraphs.Add(string.Join(' ', block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(\d+\.|-)\s+")]
    private static partial Regex ListMarker();
}
