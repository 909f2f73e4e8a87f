using System.Text.Encodings.Web;
using System.Text.Json;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Writes the search index under /search/ so that a query downloads only what it needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the first term of every shard, the folding table, the stop words and the
/// site's variants (a few KB even at 10,000 essays);</item>
/// <item><c>i/N.json</c>: shards of the inverted index, cut in term order at about <see cref="SearchShards.Budget"/>
/// bytes; each term maps to [its number of postings, its first page in o/ or -1, then its best
/// <see cref="SearchShards.InlinePostings"/> postings as flat triples essay, section, score];</item>
/// <item><c>o/N.json</c>: the rest of a common term's postings, <see cref="SearchShards.PagePostings"/> to a
/// page, best first, fetched only when a reader asks for more results than the shard holds;</item>
/// <item><c>d/K.json</c> and <c>d/at.bin</c>: each essay's title, path and sections (anchor, heading,
/// text), <see cref="SearchDocumentShards.EssaysPerShard"/> essays to a shard, of which the browser reads
/// only the essays in the results shown (by HTTP Range), to show and highlight the matching sentence.</item>
/// </list>
/// Scores are BM25 computed here, with heading and title boosts, so the browser only adds them up.
/// Every posting is reachable: there is no cap on how many sections a term lists.
/// </summary>
public static class SearchIndexWriter
{
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The shards, pages, document shards and manifest from essays already collected (the render phase collects them while it renders their bodies).</summary>
    /// <param name="variants">The site's variant groups (site.yml's <c>search.variants</c>), already checked.</param>
    internal static void Write(SearchDocuments documents, IReadOnlyList<SearchVariantGroup> variants, ParallelOptions parallel, OutputSink sink)
    {
        var layout = SearchShards.Cut(SearchPostings.Rank(documents.Counted, documents.Table, parallel));
        var files = new OutputFile[layout.Shards.Count + layout.Pages.Count];
        Parallel.For(0, files.Length, parallel, () => new SearchScratch(), (i, _, scratch) =>
        {
            files[i] = i < layout.Shards.Count
                ? new OutputFile($"search/i/{i}.json", scratch.Json(w => SearchShards.WriteShard(w, layout.Shards[i])))
                : new OutputFile($"search/o/{i - layout.Shards.Count}.json", scratch.Json(w => SearchShards.WritePage(w, layout.Pages[i - layout.Shards.Count])));
            return scratch;
        }, scratch => scratch.Dispose());

        using var manifestScratch = new SearchScratch();
        var manifest = new OutputFile("search/manifest.json", manifestScratch.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 2);
            w.WriteNumber("essays", documents.Counted.Length);
            w.WriteNumber("inline", SearchShards.InlinePostings);
            w.WriteNumber("page", SearchShards.PagePostings);
            w.WriteNumber("documents", SearchDocumentShards.EssaysPerShard);
            w.WriteStartArray("shards");
            layout.Shards.ForEach(shard => w.WriteStringValue(shard[0].Term));
            w.WriteEndArray();
            w.WriteNumber("min", SearchTokenizer.MinLength);
            w.WriteNumber("max", SearchTokenizer.MaxLength);
            w.WriteStartArray("stop");
            foreach (var word in SearchTokenizer.StopWords.Order(StringComparer.Ordinal))
            {
                w.WriteStringValue(word);
            }

            w.WriteEndArray();
            SearchFolding.WriteJson(w);
            WriteVariants(w, variants);
            w.WriteEndObject();
        }));
        sink.AddRange(files);
        SearchDocumentShards.Write(documents.Json, sink);
        sink.Add(manifest);
    }

    /// <summary>The groups as lists of variants, each variant as the list of its terms: [[["defence"], ["defense"]], ...].</summary>
    private static void WriteVariants(Utf8JsonWriter w, IReadOnlyList<SearchVariantGroup> variants)
    {
        w.WriteStartArray("variants");
        foreach (var group in variants)
        {
            w.WriteStartArray();
            foreach (var member in group.Members)
            {
                w.WriteStartArray();
                foreach (var term in member)
                {
                    w.WriteStringValue(term);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
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
