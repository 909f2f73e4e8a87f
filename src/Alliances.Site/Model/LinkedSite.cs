using Alliances.Site.Body;
namespace Alliances.Site.Model;

/// <summary>The linked site: what will be published and how its pages refer to each other.</summary>
public sealed record LinkedSite(
    SiteConfig Config,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<EssayPage> Essays,
    IReadOnlyList<TopicPage> TopicPages,
    MarkdownContent? HomeIntro)
{
    /// <summary>
    /// The home page's list: <see cref="Essays"/> with each translated essay once, in the site's
    /// language where it has that version (its other languages are shown with it).
    /// </summary>
    public IReadOnlyList<EssayPage> HomeEssays { get; init; } = Essays;

    /// <summary>Essays not published because they are drafts (`draft: true`), in file order.</summary>
    public IReadOnlyList<Essay> Drafts { get; init; } = [];

    /// <summary>Essays not published yet because they are dated after today, soonest first: the scheduled build publishes each on its date.</summary>
    public IReadOnlyList<Essay> Scheduled { get; init; } = [];

    /// <summary>Published essays per topic slug, computed once for every page that shows topic counts.</summary>
    public IReadOnlyDictionary<string, int> EssayCountByTopic { get; } =
        TopicPages.ToDictionary(t => t.Topic.Slug, t => t.Essays.Count, StringComparer.Ordinal);
}

/// <summary>An essay page: the essay, its resolved topics and passages, and its neighbours.</summary>
public sealed record EssayPage(
    Essay Essay,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<string, IReadOnlyList<Passage>> PassagesByTopic)
{
    public IReadOnlyList<RelatedEssay> Related { get; set; } = [];

    public Essay? Previous { get; set; }

    public Essay? Next { get; set; }

    /// <summary>The essay's versions in other languages with itself, when it has any (see <see cref="TranslationGroup"/>).</summary>
    public TranslationGroup? Translations { get; set; }

    public IReadOnlyList<Passage> PassagesOn(Topic topic) =>
        PassagesByTopic.TryGetValue(topic.Slug, out var passages) ? passages : [];
}

public sealed record RelatedEssay(EssayPage Page, IReadOnlyList<Topic> SharedTopics);

public sealed record TopicPage(Topic Topic, IReadOnlyList<EssayPage> Essays, IReadOnlyList<RelatedTopic> Related);

public sealed record RelatedTopic(Topic Topic, int SharedEssays);
