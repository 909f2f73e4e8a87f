namespace Alliances.Site.Rendering.Search;

/// <summary>A section's BM25 score for one term (times 100, rounded, at least 1).</summary>
internal readonly record struct Posting(int Essay, int Section, int Score);

/// <summary>
/// Turns counted sections into the inverted index: BM25 scores per (term, section), each term's
/// best <see cref="SearchIndexWriter.MaxPostingsPerTerm"/> postings, terms in ordinal order.
/// </summary>
internal static class SearchPostings
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static List<(string Term, Posting[] Postings)> Rank(SectionTerms[][] essays, SearchTermTable table, ParallelOptions parallel)
    {
        var termCount = table.Count;
        var documentFrequency = new int[termCount];
        long totalLength = 0;
        var sectionCount = 0;
        foreach (var sections in essays)
        {
            foreach (var section in sections)
            {
                totalLength += section.Length;
                sectionCount++;
                foreach (var term in section.Terms)
                {
                    documentFrequency[term]++;
                }
            }
        }

        var averageLength = sectionCount == 0 ? 1 : Math.Max(1, (double)totalLength / sectionCount);
        var postings = new Posting[termCount][];
        for (var t = 0; t < termCount; t++)
        {
            postings[t] = new Posting[documentFrequency[t]];
        }

        // Filled in reading order; the sort below orders ties the same way whatever the parallelism.
        var filled = new int[termCount];
        for (var e = 0; e < essays.Length; e++)
        {
            for (var s = 0; s < essays[e].Length; s++)
            {
                var (length, terms, frequencies) = essays[e][s];
                for (var i = 0; i < terms.Length; i++)
                {
                    var n = documentFrequency[terms[i]];
                    var frequency = frequencies[i];
                    var idf = Math.Log(1 + ((sectionCount - n + 0.5) / (n + 0.5)));
                    var score = idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));
                    postings[terms[i]][filled[terms[i]]++] = new Posting(e, s, Math.Max(1, (int)Math.Round(score * 100)));
                }
            }
        }

        Parallel.For(0, termCount, parallel, t =>
        {
            // Best first; ties in reading order, so the output is the same on every build.
            Array.Sort(postings[t], static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score)
                : x.Essay != y.Essay ? x.Essay.CompareTo(y.Essay) : x.Section.CompareTo(y.Section));
            if (postings[t].Length > SearchIndexWriter.MaxPostingsPerTerm)
            {
                postings[t] = postings[t][..SearchIndexWriter.MaxPostingsPerTerm];
            }
        });

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
    }
}
