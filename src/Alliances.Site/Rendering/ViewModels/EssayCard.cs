using Alliances.Site.Localization;
using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>
/// One essay in a list: the home page's, a topic page's, an essay's related essays and the archive
/// (`e` in partials/essay-card.html, topic-card.html, related-card.html and archive.html). Every list
/// shows the same facts of an essay; each list adds the one thing only it shows. `lang` is the
/// essay's language where it is not the page's (null otherwise), for its title and summary, so a
/// screen reader reads an English summary on an Arabic page with an English voice.
/// </summary>
internal sealed record EssayCard(string Title, string Path, string Date, string DateDisplay, string Summary, int ReadingMinutes, string? Lang) : ViewModel
{
    private static readonly ViewMembers<EssayCard> Table = new()
    {
        ["title"] = m => m.Title,
        ["path"] = m => m.Path,
        ["date"] = m => m.Date,
        ["date_display"] = m => m.DateDisplay,
        ["summary"] = m => m.Summary,
        ["reading_minutes"] = m => Format.Boxed(m.ReadingMinutes),
        ["lang"] = m => m.Lang,
        ["topics"] = m => m.Topics,
        ["passages"] = m => m.Passages,
        ["translations"] = m => m.Translations,
        ["shared_topics"] = m => m.SharedTopics,
    };

    /// <summary>Home: the essay's topics, as pills to their pages.</summary>
    public ScriptArray<TopicRef>? Topics { get; init; }

    /// <summary>A topic page: the essay's passages on that topic.</summary>
    public ScriptArray<PassageLink>? Passages { get; init; }

    /// <summary>Home and topic pages: the essay's other languages, when the list shows a translated essay once.</summary>
    public ScriptArray<TranslationLink>? Translations { get; init; }

    /// <summary>Related essays: the topics the two essays share, each linking into this essay's passage on it.</summary>
    public ScriptArray<TopicLink>? SharedTopics { get; init; }

    protected override ViewMembers Members => Table;

    /// <param name="strings">The page's interface strings (its dates are written the page's way).</param>
    /// <param name="pageLanguage">The language of the page that lists the essay.</param>
    public static EssayCard For(Essay essay, LanguageStrings strings, SiteConfig config, string pageLanguage)
    {
        var language = essay.LanguageOr(config.Language);
        return new(
            essay.Title,
            essay.Path,
            Format.IsoDate(essay.Date),
            strings.DisplayDate(essay.Date),
            essay.Summary,
            Format.ReadingMinutes(essay.Body.WordCount),
            string.Equals(language, pageLanguage, StringComparison.OrdinalIgnoreCase) ? null : language);
    }
}
