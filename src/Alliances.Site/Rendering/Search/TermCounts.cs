namespace Alliances.Site.Rendering.Search;

/// <summary>
/// One worker's scratch for counting a section's terms: a count per term id (ids are dense) and the
/// ids in the order they were first met, which is the order the section's terms are kept in.
/// </summary>
internal sealed class TermCounts
{
    private readonly List<int> _order = [];
    private int[] _counts = new int[4096];

    /// <summary>How many distinct terms were added since the last <see cref="Clear"/>.</summary>
    public int Count => _order.Count;

    /// <param name="weight">Always positive: a count of zero means the term was not met yet.</param>
    public void Add(int term, int weight)
    {
        if (term >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(term + 1, _counts.Length * 2));
        }

        if (_counts[term] == 0)
        {
            _order.Add(term);
        }

        _counts[term] += weight;
    }

    /// <summary>Writes each term and its count, in the order first met.</summary>
    public void CopyTo(Span<int> terms, Span<int> frequencies)
    {
        for (var i = 0; i < _order.Count; i++)
        {
            terms[i] = _order[i];
            frequencies[i] = _counts[_order[i]];
        }
    }

    public void Clear()
    {
        foreach (var term in _order)
        {
            _counts[term] = 0;
        }

        _order.Clear();
    }
}
