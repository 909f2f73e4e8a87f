namespace Alliances.Site.Model;

/// <summary>
/// The published versions of one essay in different languages: an original and the essays that
/// declare `translation_of` it. Every version's page lists all of them (hreflang links, the language
/// switcher, the sitemap), and lists of essays count the group once.
/// </summary>
/// <param name="Versions">Every published version, ordered by language tag (ordinal), so each page lists them alike.</param>
/// <param name="Default">The version for readers whose language has none (`x-default`): the one in the site's language, else the original, else the first.</param>
public sealed record TranslationGroup(IReadOnlyList<TranslationVersion> Versions, Essay Default)
{
    /// <summary>The version of <paramref name="language"/> (compared as BCP 47 tags are, ignoring case), if the group has one.</summary>
    public Essay? In(string language) =>
        Versions.FirstOrDefault(v => string.Equals(v.Language, language, StringComparison.OrdinalIgnoreCase))?.Essay;
}

/// <summary>One version of a translated essay and its language (the essay's `lang`, or the site's).</summary>
public sealed record TranslationVersion(Essay Essay, string Language);
