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

    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The shards and manifest from essays already collected (the render phase collects them, and writes their d/N.json, while it renders their bodies).</summary>
    internal static IReadOnlyList<OutputFile> Write(SearchDocuments documents, ParallelOptions parallel)
    {
        var shards = Shards(SearchPostings.Rank(documents.Counted, documents.Table, parallel));
        var files = new OutputFile[shards.Count];
        Parallel.For(0, shards.Count, parallel, () => new SearchScratch(), (i, _, scratch) =>
        {
            files[i] = new OutputFile($"search/i/{i}.json", scratch.Json(w => WriteShard(w, shards[i])));
            return scratch;
        }, scratch => scratch.Dispose());

        using var manifestScratch = new SearchScratch();
        var manifest = new OutputFile("search/manifest.json", manifestScratch.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("essays", documents.Counted.Length);
            w.WriteStartArray("shards");
            shards.ForEach(shard => w.WriteStringValue(shard[0].Term));
            w.WriteEndArray();
            w.WriteEndObject();
        }));
        return [.. files, manifest];
    }

    /// <summary>Consecutive runs of terms of about <see cref="ShardBudget"/> bytes each.</summary>
    private static List<List<(string Term, Posting[] Postings)>> Shards(List<(string Term, Posting[] Postings)> postings)
    {
        var shards = new List<List<(string, Posting[])>>();
        var shard = new List<(string, Posting[])>();
        var size = 0;
        foreach (var entry in postings)
        {
            var entrySize = entry.Term.Length + 4 + (entry.Postings.Length * 12);
            if (shard.Count > 0 && size + entrySize > ShardBudget)
            {
                shards.Add(shard);
                shard = [];
                size = 0;
            }

            shard.Add(entry);
            size += entrySize;
        }

        if (shard.Count > 0)
        {
            shards.Add(shard);
        }

        return shards;
    }

    private static void WriteShard(Utf8JsonWriter w, List<(string Term, Posting[] Postings)> shard)
    {
        w.WriteStartObject();
        foreach (var (term, postings) in shard)
        {
            w.WriteStartArray(term);
            foreach (var (essay, section, score) in postings)
            {
                w.WriteNumberValue(essay);
                w.WriteNumberValue(section);
                w.WriteNumberValue(score);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    internal static void WriteEssay(Utf8JsonWriter w, Essay essay, SearchSections sections)
    {
        w.WriteStartObject();
        w.WriteString("title", essay.Title);
        w.WriteString("path", essay.Path);
        w.WriteStartArray("sections");
        for (var i = 0; i < sections.Count; i++)
        {
            w.WriteStartArray();
            w.WriteStringValue(sections.Anchor(i));
            w.WriteStringValue(sections.Heading(i));
            w.WriteStringValue(sections.Text(i));
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
