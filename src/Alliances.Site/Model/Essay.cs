using Alliances.Site.Loading;

namespace Alliances.Site.Model;

/// <summary>An essay as loaded: front-matter read and checked, body parsed. Links are resolved later.</summary>
public sealed record Essay(
    ContentFile Source,
    string Slug,
    string Title,
    DateOnly Date,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<string> Authors,
    IReadOnlyList<Located<string>> TopicNames,
    bool Draft,
    IReadOnlyList<PassageChoice> PassageChoices,
    MarkdownContent Body)
{
    public string Path => $"essays/{Slug}/";
}

/// <summary>One `passages:` entry: the topic as written and the anchors chosen for it.</summary>
public sealed record PassageChoice(Located<string> Topic, IReadOnlyList<Located<string>> Anchors);
