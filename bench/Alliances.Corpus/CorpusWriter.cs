using System.Globalization;
using System.Text;

namespace Alliances.Corpus;

/// <summary>
/// Writes a synthetic content folder in the layout of the project's <c>content/</c>: <c>site.yml</c>,
/// the four topics, and N essays with front-matter, headings, paragraphs, a list, links to other
/// essays and to a topic, and now and then a table or a footnote. Every link points at a file that
/// exists, so the corpus builds without errors. The same size and seed always give the same bytes.
/// </summary>
public static class CorpusWriter
{
    private static readonly (string Slug, string Title, string Summary)[] Topics =
    [
        ("technology", "Technology", "Technological exchange: access to defence equipment, research and industry."),
        ("intelligence", "Intelligence", "Intelligence sharing against terrorism and other shared threats."),
        ("diplomacy", "Diplomacy", "Political and diplomatic support in international bodies."),
        ("wartime-support", "Wartime Support", "Support in times of war, from strategic advice to troops and hardware."),
    ];

    private static readonly string[] Places =
    [
        "the Gulf", "South Asia", "the Levant", "North Africa", "Central Asia", "the Horn of Africa",
        "Southeast Asia", "the Caucasus", "the Sahel", "the Red Sea", "the Arabian Sea", "Anatolia",
    ];

    private static readonly string[] Themes = ["Alliances", "Partnerships", "Security Cooperation", "Defence Ties", "Coalitions", "Accords"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The largest corpus it writes: essay numbers have five digits.</summary>
    public const int MaxEssays = 100_000;

    public static void Write(int essays, string folder, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(essays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(essays, MaxEssays);
        var text = SeedText.Load();
        var random = new SplitMix64(unchecked((ulong)seed));

        Directory.CreateDirectory(Path.Combine(folder, "essays"));
        Directory.CreateDirectory(Path.Combine(folder, "topics"));
        WriteFile(Path.Combine(folder, "site.yml"),
            "title: Alliances\n" +
            "description: Essays on international security alliances.\n" +
            "base_url: https://example.org/alliances/\n" +
            "language: en\n" +
            "repository: https://github.com/example/alliances\n");
        foreach (var (slug, title, summary) in Topics)
        {
            WriteFile(Path.Combine(folder, "topics", slug + ".md"), $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\n---\n\n{summary}\n");
        }

        var titles = new string[essays];
        var slugs = new string[essays];
        for (var i = 0; i < essays; i++)
        {
            titles[i] = $"{random.Pick(Themes)} in {random.Pick(Places)}, part {i + 1}";
            slugs[i] = i.ToString("D5", CultureInfo.InvariantCulture) + "-" + Slugify(titles[i]);
        }

        var topicNames = Topics.Select(t => (t.Slug, t.Title)).ToArray();
        var body = new StringBuilder();
        for (var i = 0; i < essays; i++)
        {
            body.Clear();
            var topics = random.Sample(Topics, random.Between(1, 3));
            var summary = random.Pick(text.Paragraphs).Split(". ")[0].TrimEnd('.') + ".";
            body.Append("---\n")
                .Append("title: \"").Append(titles[i]).Append("\"\n")
                .Append(CultureInfo.InvariantCulture, $"date: {2000 + (i / 336 % 26):D4}-{1 + (i / 28 % 12):D2}-{1 + (i % 28):D2}\n")
                .Append("summary: \"").Append(summary.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n")
                .Append("topics: [").AppendJoin(", ", topics.Select(t => t.Slug)).Append("]\n")
                .Append("---\n\n");
            EssayBody.Append(body, random, text, i, slugs, titles, topicNames, Places);
            WriteFile(Path.Combine(folder, "essays", slugs[i] + ".md"), body.ToString());
        }
    }

    /// <summary>
    /// File names' slugs by the corpus's own fixed rule, not the generator's Text/Slug: a corpus must
    /// stay the same bytes when the generator's slug rule changes, or old and new figures stop being comparable.
    /// </summary>
    private static string Slugify(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    private static void WriteFile(string path, string text) => File.WriteAllText(path, text, Utf8);
}
