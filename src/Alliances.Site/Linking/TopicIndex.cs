using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Linking;

/// <summary>
/// The fixed list of topics and every name an essay may use for one (slug or alias). Two topics
/// claiming the same name or URL are an error naming both files.
/// </summary>
public sealed class TopicIndex
{
    private readonly Dictionary<string, Topic> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Topic, int> _position = [];
    private readonly Dictionary<Topic, KeywordMatcher> _keywords = [];

    public TopicIndex(IReadOnlyList<Topic> topics, DiagnosticBag diagnostics)
    {
        Topics = [.. topics.OrderBy(t => t.Order).ThenBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Slug, StringComparer.Ordinal)];
        foreach (var topic in Topics)
        {
            _position[topic] = _position.Count;
            _keywords[topic] = new KeywordMatcher(topic.Keywords);
            foreach (var name in topic.Aliases.Prepend(topic.Slug))
            {
                if (_byName.TryGetValue(name, out var other) && other != topic)
                {
                    diagnostics.Report(SourceLocation.FileStart(topic.Source.DisplayPath), DiagnosticCodes.UrlCollision,
                        $"the topic name '{name}' is already used by '{other.Source.DisplayPath}'");
                    continue;
                }

                _byName[name] = topic;
            }
        }
    }

    public IReadOnlyList<Topic> Topics { get; }

    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>Where a topic stands in the site's fixed topic order.</summary>
    public int Position(Topic topic) => _position[topic];

    /// <summary>The topic's keywords, built into a matcher once per site rather than once per essay.</summary>
    public KeywordMatcher KeywordsOf(Topic topic) => _keywords.TryGetValue(topic, out var matcher) ? matcher : new KeywordMatcher(topic.Keywords);

    public Topic? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Resolves the names an essay lists, reporting each unknown one with the nearest known name.</summary>
    public IReadOnlyList<Topic> Resolve(IReadOnlyList<Located<string>> names, DiagnosticBag diagnostics)
    {
        var topics = new List<Topic>();
        foreach (var name in names)
        {
            if (Find(name.Value) is { } topic)
            {
                if (!topics.Contains(topic))
                {
                    topics.Add(topic);
                }
            }
            else
            {
                var known = string.Join(", ", Topics.Select(t => t.Slug));
                diagnostics.Report(name.At, DiagnosticCodes.UnknownTopic,
                    $"unknown topic '{name.Value}'{Suggest.DidYouMean(name.Value, Names)} (known topics: {known})");
            }
        }

        return topics;
    }
}
