namespace Alliances.Site.Rendering.ViewModels;

/// <summary>An item of `topic.related`: a <see cref="TopicLink"/> to the topic's page plus how many essays the two topics share.</summary>
internal sealed record RelatedTopic(TopicLink Topic, int SharedCount) : ViewModel
{
    private static readonly ViewMembers<RelatedTopic> Table = new(TopicLink.Table, m => m.Topic)
    {
        ["shared_count"] = m => Format.Boxed(m.SharedCount),
    };

    protected override ViewMembers Members => Table;
}
