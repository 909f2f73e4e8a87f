using Alliances.Site.Model;


namespace Alliances.Site.Linking;

/// <summary>
/// Ranks related essays by shared topics, newest first among equals. Essays with the same topic set
/// share one ranking, so the work grows with the number of topic sets, not the square of essays.
/// </summary>
public static class RelatedEssays
{
    public const int Count = 5;

    public static void Assign(IReadOnlyList<EssayPage> essays, IReadOnlyList<Topic> topics)
    {
        var bit = topics.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var masks = essays.Select(e => e.Topics.Aggregate(UInt128.Zero, (m, t) => m | (UInt128.One << bit[t.Slug]))).ToArray();
        var rankings = new Dictionary<UInt128, int[]>();
        foreach (var mask in masks)
        {
            if (!rankings.ContainsKey(mask))
            {
                rankings.Add(mask, Rank(mask, masks, Count + 1));
            }
        }

        // Each essay's list depends only on its own ranking: filled in parallel, the same on every build.
        Parallel.For(0, essays.Count, i => essays[i].Related = Related(essays, i, rankings[masks[i]]));
    }

    /// <summary>The first <see cref="Count"/> essays of the ranking other than essay <paramref name="i"/>, with the topics they share.</summary>
    private static RelatedEssay[] Related(IReadOnlyList<EssayPage> essays, int i, int[] ranking)
    {
        var related = new List<RelatedEssay>(Count);
        var topics = essays[i].Topics;
        foreach (var j in ranking)
        {
            if (j == i)
            {
                continue;
            }

            if (related.Count == Count)
            {
                break;
            }

            var other = essays[j].Topics;
            var shared = new List<Topic>(topics.Count);
            for (var t = 0; t < topics.Count; t++)
            {
                if (other.Contains(topics[t]))
                {
                    shared.Add(topics[t]);
                }
            }

            related.Add(new RelatedEssay(essays[j], [.. shared]));
        }

        return [.. related];
    }

    /// <summary>
    /// The best <paramref name="take"/> essays for a topic set, in order. Essays arrive newest first,
    /// so a stable pass that keeps the higher score keeps the newer essay among equals.
    /// </summary>
    private static int[] Rank(UInt128 mask, UInt128[] masks, int take)
    {
        var best = new List<(int Score, int Index)>(take + 1);
        for (var j = 0; j < masks.Length; j++)
        {
            var score = (int)UInt128.PopCount(mask & masks[j]);
            if (score == 0 || (best.Count == take && best[^1].Score >= score))
            {
                continue;
            }

            var at = FirstBelow(best, score);
            best.Insert(at < 0 ? best.Count : at, (score, j));
            if (best.Count > take)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return [.. best.Select(b => b.Index)];
    }

    private static int FirstBelow(List<(int Score, int Index)> best, int score)
    {
        for (var k = 0; k < best.Count; k++)
        {
            if (best[k].Score < score)
            {
                return k;
            }
        }

        return -1;
    }
}
