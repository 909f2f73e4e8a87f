namespace Alliances.Site.Rendering.Search;

/// <summary>
/// One worker's memory of the words it has met: a word is looked up once, here, to learn both whether
/// it is a stop word and its id in the shared <see cref="SearchTermTable"/>, which is asked only about
/// words this worker has not met before. Counting an essay's terms was two lookups per word, one in a
/// table every thread shares.
/// </summary>
/// <remarks>
/// Every word of every essay is looked up here, so it is an open-addressing table of its own rather
/// than a dictionary: a probe compares a stored hash before any characters, and nothing is boxed or
/// hashed twice. Its layout depends on the words met, never the ids, so the index is the same.
/// </remarks>
internal sealed class WorkerTermIds
{
    /// <summary>What <see cref="Id"/> gives for a stop word.</summary>
    public const int StopWord = -1;

    private string?[] _keys = new string?[1 << 14];
    private int[] _hashes = new int[1 << 14];
    private int[] _ids = new int[1 << 14];
    private int _count;

    public WorkerTermIds(SearchTermTable table)
    {
        Table = table;
        foreach (var word in SearchTokenizer.StopWords)
        {
            Insert(word, Hash(word), StopWord);
        }
    }

    public SearchTermTable Table { get; }

    /// <summary>The term's id in <see cref="Table"/>, or <see cref="StopWord"/>.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; _keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && key.AsSpan().SequenceEqual(term))
            {
                return _ids[slot];
            }
        }

        var word = term.ToString();
        var id = Table.Id(word);
        Insert(word, hash, id);
        return id;
    }

    /// <summary>FNV-1a over the characters: terms are short, and this table never meets a hostile key it could not survive (it only grows).</summary>
    private static int Hash(ReadOnlySpan<char> term)
    {
        var hash = 2166136261;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & int.MaxValue);
    }

    private void Insert(string word, int hash, int id)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = word;
        _hashes[slot] = hash;
        _ids[slot] = id;
        _count++;
    }

    private void Grow()
    {
        var (keys, hashes, ids) = (_keys, _hashes, _ids);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _ids = new int[keys.Length * 2];
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], ids[i]);
            }
        }
    }
}
