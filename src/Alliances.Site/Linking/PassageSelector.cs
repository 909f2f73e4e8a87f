using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Linking;

/// <summary>
/// Decides which passages of an essay speak to each of its topics: the anchors its `passages:`
/// front-matter names, or else the passages whose heading or lead-in has one of the topic's keywords.
/// </summary>
public static class PassageSelector
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Passage>> Select(
        Essay essay, IReadOnlyList<Topic> topics, TopicIndex index, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, IReadOnlyList<Passage>>(StringComparer.Ordinal);
        if (essay.PassageChoices.Count > 0)
        {
            Choose(essay, topics, index, diagnostics, result);
        }

        foreach (var topic in topics)
        {
            if (!result.ContainsKey(topic.Slug))
            {
                result[topic.Slug] = Mentioning(essay.Body.Passages, index.KeywordsOf(topic));
            }
        }

        return result;
    }

    /// <summary>The passages the essay's `passages:` front-matter names, per topic.</summary>
    private static void Choose(Essay essay, IReadOnlyList<Topic> topics, TopicIndex index, DiagnosticBag diagnostics, Dictionary<string, IReadOnlyList<Passage>> result)
    {
        var byId = essay.Body.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var choice in essay.PassageChoices)
        {
            var topic = index.Find(choice.Topic.Value);
            if (topic is null || !topics.Contains(topic))
            {
                var reason = topic is null ? $"'{choice.Topic.Value}' is not a known topic{Suggest.DidYouMean(choice.Topic.Value, index.Names)}" : $"'{topic.Slug}' is not in this essay's topics";
                diagnostics.Report(choice.Topic.At, DiagnosticCodes.PassageTopicNotListed, $"passages for {reason}");
                continue;
            }

            var chosen = new List<Passage>();
            foreach (var anchor in choice.Anchors)
            {
                var id = anchor.Value.TrimStart('#');
                if (byId.TryGetValue(id, out var passage))
                {
                    chosen.Add(passage);
                }
                else if (!essay.Body.IsTooDeep) // its passages are unknown, and ALL205 said why
                {
                    diagnostics.Report(anchor.At, DiagnosticCodes.UnknownPassage,
                        $"this essay has no heading or bold lead-in with the anchor '{id}'{Suggest.DidYouMean(id, byId.Keys)}");
                }
            }

            result[topic.Slug] = [.. chosen.OrderBy(p => p.Line)];
        }
    }

    private static Passage[] Mentioning(IReadOnlyList<Passage> passages, KeywordMatcher keywords)
    {
        List<Passage>? found = null;
        for (var i = 0; i < passages.Count; i++)
        {
            if (keywords.Mentions(passages[i].Title))
            {
                (found ??= []).Add(passages[i]);
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>Whether a word of the title starts with one of the keywords, ignoring case (see <see cref="KeywordMatcher"/>).</summary>
    public static bool Mentions(string title, IReadOnlyList<string> keywords) => new KeywordMatcher(keywords).Mentions(title);
}
