using System.Collections.Concurrent;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Numbers the distinct terms of the index so that counting and scoring work on ints. Shared by the
/// threads that scan essays; a term seen before costs one lookup and no allocation.
/// </summary>
internal sealed class SearchTermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _next = -1;

    public SearchTermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One more than the largest id handed out (ids lost to a race stay unused).</summary>
    public int Count => Volatile.Read(ref _next) + 1;

    public int Id(ReadOnlySpan<char> term) =>
        _lookup.TryGetValue(term, out var id) ? id : Id(term.ToString());

    public int Id(string term) => _ids.GetOrAdd(term, _ => Interlocked.Increment(ref _next));

    /// <summary>The term of each id, once scanning is over; unused ids are null.</summary>
    public string?[] Terms()
    {
        var terms = new string?[Count];
        foreach (var (term, id) in _ids)
        {
            terms[id] = term;
        }

        return terms;
    }
}
