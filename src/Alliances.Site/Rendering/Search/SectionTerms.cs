namespace Alliances.Site.Rendering.Search;

/// <summary>One search section's weighted term frequencies (heading and title terms boosted) and its length in words.</summary>
internal readonly record struct SectionTerms(int Length, ReadOnlyMemory<int> Terms, ReadOnlyMemory<int> Frequencies)
{
    private const int HeadingBoost = 3;
    private const int TitleBoost = 2;

    /// <summary>Counts every section of one essay; <paramref name="counts"/> is the caller's scratch.</summary>
    /// <param name="ids">The worker's term ids, which number the terms and tell the stop words.</param>
    /// <param name="arena">Where the counts are kept, when they are kept to the end of the build.</param>
    public static SectionTerms[] Count(string title, SearchSections sections, WorkerTermIds ids, TermCounts counts, ChunkArena<int>? arena = null)
    {
        Span<char> buffer = stackalloc char[SearchTokenizer.MaxLength];
        var titleTerms = new List<int>();
        for (var scanner = new SearchTokenizer.Scanner(title, buffer, withStopWords: true); scanner.MoveNext();)
        {
            if (ids.Id(scanner.Current) is >= 0 and var id)
            {
                titleTerms.Add(id);
            }
        }

        var result = new SectionTerms[sections.Count];
        for (var s = 0; s < sections.Count; s++)
        {
            counts.Clear();
            var length = 0;
            for (var scanner = new SearchTokenizer.Scanner(sections.Text(s), buffer, withStopWords: true); scanner.MoveNext();)
            {
                if (ids.Id(scanner.Current) is >= 0 and var id)
                {
                    counts.Add(id, 1);
                    length++;
                }
            }

            for (var scanner = new SearchTokenizer.Scanner(sections.Heading(s), buffer, withStopWords: true); scanner.MoveNext();)
            {
                if (ids.Id(scanner.Current) is >= 0 and var id)
                {
                    counts.Add(id, HeadingBoost);
                }
            }

            foreach (var term in titleTerms)
            {
                counts.Add(term, TitleBoost);
            }

            Memory<int> terms = arena?.Allocate(counts.Count) ?? new int[counts.Count];
            Memory<int> frequencies = arena?.Allocate(counts.Count) ?? new int[counts.Count];
            counts.CopyTo(terms.Span, frequencies.Span);
            result[s] = new SectionTerms(length, terms, frequencies);
        }

        return result;
    }
}
