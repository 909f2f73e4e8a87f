namespace Alliances.Site.Rendering.Search;

/// <summary>
/// One worker's memory of the words it has met: a word is looked up once, here, to learn both whether
/// it is a stop word and its id in the shared <see cref="SearchTermTable"/>, which is asked only about
/// words this worker has not met before. Counting an essay's terms was two lookups per word, one in a
/// table every thread shares.
/// </summary>
internal sealed class WorkerTermIds
{
    /// <summary>What <see cref="Id"/> gives for a stop word.</summary>
    public const int StopWord = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WorkerTermIds(SearchTermTable table)
    {
        Table = table;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in SearchTokenizer.StopWords)
        {
            _ids.Add(word, StopWord);
        }
    }

    public SearchTermTable Table { get; }

    /// <summary>The term's id in <see cref="Table"/>, or <see cref="StopWord"/>.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        var key = term.ToString();
        id = Table.Id(key);
        _ids.Add(key, id);
        return id;
    }
}
