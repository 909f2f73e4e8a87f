using Alliances.Site.Localization;
using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>
/// One essay in a list: the home page's, a topic page's, an essay's related essays and the archive
/// (`e` in partials/essay-card.html, topic-card.html, related-card.html and archive.html). Every list
/// shows the same facts of an essay; each list adds the one thing only it shows.
/// </summary>
internal sealed record EssayCard(string Title, string Path, string Date, string DateDisplay, string Summary, int ReadingMinutes) : ViewModel
{
    private static readonly string[] MemberNames =
        ["title", "path", "date", "date_display", "summary", "reading_minutes", "topics", "passages", "translations", "shared_topics"];

    /// <summary>Home: the essay's topics, as pills to their pages.</summary>
    public ScriptArray? Topics { get; init; }

    /// <summary>A topic page: the essay's passages on that topic.</summary>
    public ScriptArray? Passages { get; init; }

    /// <summary>Home and topic pages: the essay's other languages, when the list shows a translated essay once.</summary>
    public ScriptArray? Translations { get; init; }

    /// <summary>Related essays: the topics the two essays share, each linking into this essay's passage on it.</summary>
    public ScriptArray? SharedTopics { get; init; }

    protected override IReadOnlyList<string> Names => MemberNames;

    public static EssayCard For(Essay essay, LanguageStrings strings) => new(
        essay.Title,
        essay.Path,
        Format.IsoDate(essay.Date),
        strings.DisplayDate(essay.Date),
        essay.Summary,
        Format.ReadingMinutes(essay.Body.WordCount));

    protected override bool TryGet(string member, out object? value)
    {
        value = member switch
        {
            "title" => Title,
            "path" => Path,
            "date" => Date,
            "date_display" => DateDisplay,
            "summary" => Summary,
            "reading_minutes" => Format.Boxed(ReadingMinutes),
            "topics" => Topics,
            "passages" => Passages,
            "translations" => Translations,
            "shared_topics" => SharedTopics,
            _ => null,
        };
        return value is not null || Array.IndexOf(MemberNames, member) >= 0;
    }
}
