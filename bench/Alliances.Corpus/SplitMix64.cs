namespace Alliances.Corpus;

/// <summary>
/// A seeded generator whose sequence is fixed by its algorithm (SplitMix64), so a corpus is the same
/// bytes for the same seed on every machine and .NET version; System.Random's seeded sequence is not
/// promised to stay the same across versions.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary><paramref name="count"/> distinct items in random order (a partial Fisher–Yates shuffle).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToArray();
        count = Math.Min(count, pool.Length);
        for (var i = 0; i < count; i++)
        {
            var j = Between(i, pool.Length - 1);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return [.. pool.Take(count)];
    }
}
