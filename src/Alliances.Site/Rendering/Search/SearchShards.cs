using System.Text.Json;

namespace Alliances.Site.Rendering.Search;

/// <summary>One term of a shard: all its postings, best first, and where those past the shard's share are paged.</summary>
/// <param name="FirstPage">The number of the term's first o/N.json page, or -1 when the shard holds them all.</param>
internal sealed record ShardEntry(string Term, Posting[] Postings, int FirstPage);

/// <summary>The index cut into term shards (i/N.json) and the pages of common terms' further postings (o/N.json).</summary>
internal sealed record SearchLayout(List<List<ShardEntry>> Shards, List<ArraySegment<Posting>> Pages);

/// <summary>
/// Cuts the ranked terms into shards of about <see cref="Budget"/> bytes. A term's best
/// <see cref="InlinePostings"/> postings sit in its shard, enough for the first ten pages of results
/// of a one-word query; the rest go to pages of <see cref="PagePostings"/>, numbered in term order,
/// so a common word (in most of 10,000 essays) costs a first query no more than a rare one.
/// </summary>
internal static class SearchShards
{
    public const int Budget = 24 * 1024;
    public const int InlinePostings = 200;
    public const int PagePostings = 4000;

    public static SearchLayout Cut(List<(string Term, Posting[] Postings)> ranked)
    {
        var shards = new List<List<ShardEntry>>();
        var pages = new List<ArraySegment<Posting>>();
        var shard = new List<ShardEntry>();
        var size = 0;
        foreach (var (term, postings) in ranked)
        {
            var firstPage = postings.Length > InlinePostings ? pages.Count : -1;
            for (var start = InlinePostings; start < postings.Length; start += PagePostings)
            {
                pages.Add(new ArraySegment<Posting>(postings, start, Math.Min(PagePostings, postings.Length - start)));
            }

            var entrySize = term.Length + 12 + (Math.Min(InlinePostings, postings.Length) * 12);
            if (shard.Count > 0 && size + entrySize > Budget)
            {
                shards.Add(shard);
                shard = [];
                size = 0;
            }

            shard.Add(new ShardEntry(term, postings, firstPage));
            size += entrySize;
        }

        if (shard.Count > 0)
        {
            shards.Add(shard);
        }

        return new SearchLayout(shards, pages);
    }

    public static void WriteShard(Utf8JsonWriter w, List<ShardEntry> shard)
    {
        w.WriteStartObject();
        foreach (var (term, postings, firstPage) in shard)
        {
            w.WriteStartArray(term);
            w.WriteNumberValue(postings.Length);
            w.WriteNumberValue(firstPage);
            WriteTriples(w, postings.AsSpan(0, Math.Min(InlinePostings, postings.Length)));
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WritePage(Utf8JsonWriter w, ArraySegment<Posting> page)
    {
        w.WriteStartArray();
        WriteTriples(w, page);
        w.WriteEndArray();
    }

    private static void WriteTriples(Utf8JsonWriter w, ReadOnlySpan<Posting> postings)
    {
        foreach (var (essay, section, score) in postings)
        {
            w.WriteNumberValue(essay);
            w.WriteNumberValue(section);
            w.WriteNumberValue(score);
        }
    }
}
