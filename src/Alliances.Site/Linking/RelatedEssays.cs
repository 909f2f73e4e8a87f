using Alliances.Site.Model;


namespace Alliances.Site.Linking;

/// <summary>
/// Ranks related essays by shared topics, newest first among equals. Essays with the same topic set
/// share one ranking, so the work grows with the number of topic sets, not the square of essays.
/// An essay's own translations are not related to it, and a translated essay is listed once, in the
/// page's language when it has that version.
/// </summary>
public static class RelatedEssays
{
    public const int Count = 5;

    /// <param name="siteLanguage">The language of an essay without `lang`.</param>
    public static void Assign(IReadOnlyList<EssayPage> essays, IReadOnlyList<Topic> topics, string siteLanguage)
    {
        var bit = topics.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var masks = essays.Select(e => e.Topics.Aggregate(UInt128.Zero, (m, t) => m | (UInt128.One << bit[t.Slug]))).ToArray();
        // A group of k versions can fill k places of a ranking: ranked that much deeper, a list still
        // finds Count other essays. Without translations every group is one essay, as before.
        var groupSize = essays.Count == 0 ? 1 : essays.Max(e => e.Translations?.Versions.Count ?? 1);
        var rankings = new Dictionary<UInt128, int[]>();
        foreach (var mask in masks)
        {
            if (!rankings.ContainsKey(mask))
            {
                rankings.Add(mask, Rank(mask, masks, (Count + 1) * groupSize));
            }
        }

        var index = groupSize == 1 ? null : essays.Select((e, i) => (e.Essay, i)).ToDictionary(x => x.Essay, x => x.i, (IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance);

        // Each essay's list depends only on its own ranking: filled in parallel, the same on every build.
        Parallel.For(0, essays.Count, i => essays[i].Related = Related(essays, i, rankings[masks[i]], index, siteLanguage));
    }

    /// <summary>Which essay stands for <paramref name="j"/> in essay <paramref name="i"/>'s list: its version in i's language, if it has one.</summary>
    private static int Stand(IReadOnlyList<EssayPage> essays, int i, int j, Dictionary<Essay, int>? index, string siteLanguage)
    {
        if (index is null || essays[j].Translations is not { } group)
        {
            return j;
        }

        // Both sides with the site's language standing in for a missing `lang` (as the group's versions have it).
        var language = essays[i].Essay.LanguageOr(siteLanguage);
        var own = group.Versions.FirstOrDefault(v => string.Equals(v.Language, language, StringComparison.OrdinalIgnoreCase))?.Essay;
        return own is not null && index.TryGetValue(own, out var k) ? k : j;
    }

    /// <summary>The first <see cref="Count"/> essays of the ranking other than essay <paramref name="i"/>, with the topics they share.</summary>
    private static RelatedEssay[] Related(IReadOnlyList<EssayPage> essays, int i, int[] ranking, Dictionary<Essay, int>? index, string siteLanguage)
    {
        var related = new List<RelatedEssay>(Count);
        var topics = essays[i].Topics;
        var own = essays[i].Translations;
        HashSet<TranslationGroup>? listed = null;
        foreach (var ranked in ranking)
        {
            if (ranked == i || (own is not null && ReferenceEquals(essays[ranked].Translations, own)))
            {
                continue;
            }

            if (essays[ranked].Translations is { } group && !(listed ??= new(ReferenceEqualityComparer.Instance)).Add(group))
            {
                continue;
            }

            var j = Stand(essays, i, ranked, index, siteLanguage);

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
