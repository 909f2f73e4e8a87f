using Alliances.Site.Body;
using Alliances.Site.Diagnostics;

namespace Alliances.Site.Model;

/// <summary>
/// An essay as loaded: front-matter read and checked, body parsed. Links are resolved later. Its
/// lists are <see cref="ValueList{T}"/>s, so two essays read from the same front-matter are equal
/// in everything but their bodies (<see cref="SameButBody"/>).
/// </summary>
public sealed record Essay(
    ContentFile Source,
    string Slug,
    string Title,
    DateOnly Date,
    DateOnly? Updated,
    string Summary,
    ValueList<string> Authors,
    ValueList<Located<string>> TopicNames,
    bool Draft,
    ValueList<PassageChoice> PassageChoices,
    MarkdownContent Body)
{
    public string Slug { get; init { field = value; Path = PathOf(value); } } = Slug;

    /// <summary>
    /// Where the essay is published, under the site root, as an address writes it (a slug in another
    /// script percent-encoded: `essays/%D8%A7…/`). Made once: every page that lists the essay asks for it.
    /// </summary>
    public string Path { get; private init; } = PathOf(Slug);

    /// <summary>The folder its page is written to, in the output: <see cref="Path"/> as the file system names it (`essays/الأمن/`).</summary>
    public string Folder => $"essays/{Slug}/";

    /// <summary>The essay's `lang` (a BCP 47 tag), or null to use the site's language.</summary>
    public string? Language { get; init; }

    /// <summary>The language the essay is written in: its <see cref="Language"/>, or <paramref name="siteLanguage"/> when it names none.</summary>
    public string LanguageOr(string siteLanguage) => Language ?? siteLanguage;

    /// <summary>The essay this one translates, as `translation_of` names it (a path relative to this file), or null.</summary>
    public Located<string>? TranslationOf { get; init; }

    /// <summary>
    /// Whether <paramref name="other"/> has every field of this essay but its body: the same file,
    /// front-matter and (for a title taken from the text) title. Compares the whole record, so a field
    /// added to it later takes part without being listed here.
    /// </summary>
    public bool SameButBody(Essay other) => this == other with { Body = Body };

    private static string PathOf(string slug) => $"essays/{Text.UrlPath.Escape(slug)}/";
}

/// <summary>One `passages:` entry: the topic as written and the anchors chosen for it.</summary>
public sealed record PassageChoice(Located<string> Topic, ValueList<Located<string>> Anchors);
