using Alliances.Site.Model;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`topic_ref`, a topic as pages refer to it: `site.topics`, an essay card's topics; essay and topic pages add to it.</summary>
internal sealed record TopicRef(string Slug, string Title, string Summary, string Path, int EssayCount) : ViewModel
{
    public static readonly ViewMembers<TopicRef> Table = new()
    {
        ["slug"] = m => m.Slug,
        ["title"] = m => m.Title,
        ["summary"] = m => m.Summary,
        ["path"] = m => m.Path,
        ["essay_count"] = m => Format.Boxed(m.EssayCount),
    };

    protected override ViewMembers Members => Table;

    public static TopicRef For(Topic topic, int essayCount) => new(topic.Slug, topic.Title, topic.Summary, topic.Path, essayCount);
}
