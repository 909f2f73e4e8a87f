using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Writes the search index under /search/ so that a query downloads only what it needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the first term of every shard (a few KB even at 1,000 essays);</item>
/// <item><c>i/N.json</c>: shards of the inverted index, cut in term order at about <see cref="ShardBudget"/>
/// bytes; each term maps to its best sections as flat triples [essay, section, score];</item>
/// <item><c>d/N.json</c>: one essay's title, path and sections (anchor, heading, text), fetched only for
/// the essays in the top results, to show and highlight the matching sentence.</item>
/// </list>
/// Scores are BM25 computed here, with heading and title boosts, so the browser only adds them up.
/// </summary>
public static class SearchIndexWriter
{
    public const int ShardBudget = 24 * 1024;

    /// <summary>A term keeps its best postings only; more would never reach the first page of results.</summary>
    public const int MaxPostingsPerTerm = 200;

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int HeadingBoost = 3;
    private const int TitleBoost = 2;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Write(LinkedSite site)
    {
        var essays = site.Essays.Select(e => (e.Essay, Sections: SearchSection.Of(e.Essay.Body))).ToList();
        var postings = Score(essays);
        var files = new List<OutputFile>();
        var shardStarts = new List<string>();
        foreach (var shard in Shards(postings))
        {
            shardStarts.Add(shard[0].Key);
            files.Add(new OutputFile($"search/i/{shardStarts.Count - 1}.json", Json(w => WriteShard(w, shard))));
        }

        files.Add(new OutputFile("search/manifest.json", Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("essays", essays.Count);
            w.WriteStartArray("shards");
            shardStarts.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteEndObject();
        })));
        for (var i = 0; i < essays.Count; i++)
        {
            var (essay, sections) = essays[i];
            files.Add(new OutputFile($"search/d/{i}.json", Json(w => WriteEssay(w, essay, sections))));
        }

        return files;
    }

    private static SortedDictionary<string, List<(int Essay, int Section, int Score)>> Score(
        List<(Essay Essay, IReadOnlyList<SearchSection> Sections)> essays)
    {
        var counts = new List<(int Essay, int Section, int Length, Dictionary<string, int> Tf)>();
        for (var e = 0; e < essays.Count; e++)
        {
            var titleTerms = SearchTokenizer.Terms(essays[e].Essay.Title).ToList();
            for (var s = 0; s < essays[e].Sections.Count; s++)
            {
                var section = essays[e].Sections[s];
                var tf = new Dictionary<string, int>(StringComparer.Ordinal);
                var length = 0;
                foreach (var term in SearchTokenizer.Terms(section.Text))
                {
                    tf[term] = tf.GetValueOrDefault(term) + 1;
                    length++;
                }

                foreach (var term in SearchTokenizer.Terms(section.Heading))
                {
                    tf[term] = tf.GetValueOrDefault(term) + HeadingBoost;
                }

                foreach (var term in titleTerms)
                {
                    tf[term] = tf.GetValueOrDefault(term) + TitleBoost;
                }

                counts.Add((e, s, length, tf));
            }
        }

        var averageLength = counts.Count == 0 ? 1 : Math.Max(1, counts.Average(c => c.Length));
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Tf.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var postings = new SortedDictionary<string, List<(int, int, int)>>(StringComparer.Ordinal);
        foreach (var (essay, section, length, tf) in counts)
        {
            foreach (var (term, frequency) in tf)
            {
                var n = documentFrequency[term];
                var idf = Math.Log(1 + ((counts.Count - n + 0.5) / (n + 0.5)));
                var score = idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((essay, section, Math.Max(1, (int)Math.Round(score * 100))));
            }
        }

        foreach (var list in postings.Values)
        {
            // Best first; ties in reading order, so the output is the same on every build.
            list.Sort((x, y) => y.Item3 != x.Item3 ? y.Item3.CompareTo(x.Item3)
                : x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : x.Item2.CompareTo(y.Item2));
            if (list.Count > MaxPostingsPerTerm)
            {
                list.RemoveRange(MaxPostingsPerTerm, list.Count - MaxPostingsPerTerm);
            }
        }

        return postings;
    }

    private static IEnumerable<List<KeyValuePair<string, List<(int Essay, int Section, int Score)>>>> Shards(
        SortedDictionary<string, List<(int Essay, int Section, int Score)>> postings)
    {
        var shard = new List<KeyValuePair<string, List<(int, int, int)>>>();
        var size = 0;
        foreach (var entry in postings)
        {
            var entrySize = entry.Key.Length + 4 + (entry.Value.Count * 12);
            if (shard.Count > 0 && size + entrySize > ShardBudget)
            {
                yield return shard;
                shard = [];
                size = 0;
            }

            shard.Add(entry);
            size += entrySize;
        }

        if (shard.Count > 0)
        {
            yield return shard;
        }
    }

    private static void WriteShard(Utf8JsonWriter w, List<KeyValuePair<string, List<(int Essay, int Section, int Score)>>> shard)
    {
        w.WriteStartObject();
        foreach (var (term, list) in shard)
        {
            w.WriteStartArray(term);
            foreach (var (essay, section, score) in list)
            {
                w.WriteNumberValue(essay);
                w.WriteNumberValue(section);
                w.WriteNumberValue(score);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteEssay(Utf8JsonWriter w, Essay essay, IReadOnlyList<SearchSection> sections)
    {
        w.WriteStartObject();
        w.WriteString("title", essay.Title);
        w.WriteString("path", essay.Path);
        w.WriteStartArray("sections");
        foreach (var section in sections)
        {
            w.WriteStartArray();
            w.WriteStringValue(section.Anchor);
            w.WriteStringValue(section.Heading);
            w.WriteStringValue(section.Text);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
