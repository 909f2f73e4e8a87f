namespace Alliances.Site.Rendering.Search;

/// <summary>A section's BM25 score for one term (times 100, rounded, at least 1).</summary>
internal readonly record struct Posting(int Essay, int Section, int Score);

/// <summary>
/// Turns counted sections into the inverted index: BM25 scores per (term, section), every posting of
/// each term best first (ties in reading order), terms in ordinal order.
/// </summary>
internal static class SearchPostings
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static List<(string Term, Posting[] Postings)> Rank(SectionTerms[][] essays, SearchTermTable table, ParallelOptions parallel)
    {
        var termCount = table.Count;

        // The essays in contiguous chunks, one per worker: each counts its own postings per term,
        // which gives every chunk its own slice of each term's array, filled in reading order.
        var chunks = Math.Clamp(essays.Length / 512, 1, Math.Max(1, parallel.MaxDegreeOfParallelism));
        var perChunk = new int[chunks][];
        var chunkLength = new long[chunks];
        var chunkSections = new int[chunks];
        Parallel.For(0, chunks, parallel, c =>
        {
            var frequency = new int[termCount];
            foreach (var sections in essays.AsSpan(Start(c), Start(c + 1) - Start(c)))
            {
                foreach (var section in sections)
                {
                    chunkLength[c] += section.Length;
                    chunkSections[c]++;
                    foreach (var term in section.Terms.Span)
                    {
                        frequency[term]++;
                    }
                }
            }

            perChunk[c] = frequency;
        });

        var sectionCount = chunkSections.Sum();
        var averageLength = sectionCount == 0 ? 1 : Math.Max(1, (double)chunkLength.Sum() / sectionCount);
        var postings = new Posting[termCount][];
        var idf = new double[termCount];
        for (var t = 0; t < termCount; t++)
        {
            // Each chunk's count becomes where its slice starts.
            var n = 0;
            for (var c = 0; c < chunks; c++)
            {
                (perChunk[c][t], n) = (n, n + perChunk[c][t]);
            }

            postings[t] = new Posting[n];
            idf[t] = Math.Log(1 + ((sectionCount - n + 0.5) / (n + 0.5)));
        }

        Parallel.For(0, chunks, parallel, c =>
        {
            var next = perChunk[c];
            for (var e = Start(c); e < Start(c + 1); e++)
            {
                for (var s = 0; s < essays[e].Length; s++)
                {
                    var length = essays[e][s].Length;
                    var terms = essays[e][s].Terms.Span;
                    var frequencies = essays[e][s].Frequencies.Span;
                    for (var i = 0; i < terms.Length; i++)
                    {
                        var frequency = frequencies[i];
                        var score = idf[terms[i]] * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));
                        postings[terms[i]][next[terms[i]]++] = new Posting(e, s, Math.Max(1, (int)Math.Round(score * 100)));
                    }
                }
            }
        });

        Parallel.For(0, termCount, parallel, t => Array.Sort(postings[t], ByRank));

        var strings = table.Terms();
        var ranked = new List<(string Term, Posting[] Postings)>(termCount);
        for (var t = 0; t < termCount; t++)
        {
            if (strings[t] is { } term && postings[t].Length > 0)
            {
                ranked.Add((term, postings[t]));
            }
        }

        ranked.Sort(static (x, y) => string.CompareOrdinal(x.Term, y.Term));
        return ranked;

        int Start(int chunk) => (int)((long)essays.Length * chunk / chunks);
    }

    /// <summary>Best first; ties in reading order, so the output is the same on every build.</summary>
    private static readonly Comparison<Posting> ByRank = static (x, y) =>
        y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Essay != y.Essay ? x.Essay.CompareTo(y.Essay) : x.Section.CompareTo(y.Section);
}
