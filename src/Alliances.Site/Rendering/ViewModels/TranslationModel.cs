using Alliances.Site.Localization;
using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`essay.translations` and a listed essay's `translations`: an essay's versions in other languages.</summary>
internal static class TranslationModel
{
    /// <summary>Every version, this one included (`current`), for hreflang links and the language switcher; empty without translations.</summary>
    public static ScriptArray Versions(TranslationGroup? group, Essay current, SiteConfig config, InterfaceStrings languages) =>
        group is null ? [] : CommonModels.Array(group.Versions, v => Version(v, config, languages, ReferenceEquals(v.Essay, current)));

    /// <summary>The versions other than <paramref name="shown"/>, for a list that shows the essay once.</summary>
    public static ScriptArray Others(TranslationGroup? group, Essay shown, SiteConfig config, InterfaceStrings languages) =>
        group is null ? [] : CommonModels.Array(group.Versions.Where(v => !ReferenceEquals(v.Essay, shown)), v => Version(v, config, languages, current: false));

    /// <summary>What <see cref="Others"/> reads, for a list model's inputs (see <see cref="Pages.ModelInputs"/>): the group's versions, then a separator.</summary>
    public static void OthersInputs(TranslationGroup? group, Pages.ModelInputs inputs)
    {
        foreach (var version in group?.Versions ?? [])
        {
            inputs.Add(version.Essay);
        }

        inputs.Add(null);
    }

    /// <summary>The strings file's `language_name` for its language; the tag itself for a language without a file.</summary>
    private static string NameOf(string language, InterfaceStrings languages)
    {
        var strings = languages.For(language);
        var same = PluralRules.Primary(strings.Language) == PluralRules.Primary(language.ToLowerInvariant());
        return same && strings.Text("language_name") is { } name ? name : language;
    }

    private static ScriptObject Version(TranslationVersion version, SiteConfig config, InterfaceStrings languages, bool current) => new(7)
    {
        ["lang"] = version.Language,
        ["dir"] = LanguageTag.Direction(version.Language),

        // Each language is named in itself (العربية, Türkçe), as a reader looks for their own.
        ["name"] = NameOf(version.Language, languages),
        ["title"] = version.Essay.Title,
        ["path"] = version.Essay.Path,
        ["url"] = config.AbsoluteUrl(version.Essay.Path),
        ["current"] = current,
    };
}
