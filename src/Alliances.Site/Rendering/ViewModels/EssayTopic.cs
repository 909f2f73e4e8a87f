using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>An item of `essay.topics`: a <see cref="TopicRef"/> plus the essay's `passages` on that topic.</summary>
internal sealed record EssayTopic(TopicRef Topic, ScriptArray<PassageLink> Passages) : ViewModel
{
    private static readonly ViewMembers<EssayTopic> Table = new(TopicRef.Table, m => m.Topic)
    {
        ["passages"] = m => m.Passages,
    };

    protected override ViewMembers Members => Table;
}
