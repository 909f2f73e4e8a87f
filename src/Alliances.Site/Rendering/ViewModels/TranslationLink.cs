using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>
/// An item of `essay.translations` and of a listed essay's `translations`: one version of an essay,
/// `{ lang, dir, name, title, path, url, current }`.
/// </summary>
internal sealed record TranslationLink(string Lang, string Dir, string Name, string Title, string Path, string Url, bool Current) : ViewModel
{
    private static readonly object True = true;
    private static readonly object False = false;

    private static readonly ViewMembers<TranslationLink> Table = new()
    {
        ["lang"] = m => m.Lang,
        ["dir"] = m => m.Dir,
        ["name"] = m => m.Name,
        ["title"] = m => m.Title,
        ["path"] = m => m.Path,
        ["url"] = m => m.Url,
        ["current"] = m => m.Current ? True : False,
    };

    protected override ViewMembers Members => Table;

    /// <summary>Every version, this one included (`current`), for hreflang links and the language switcher; empty without translations.</summary>
    public static ScriptArray<TranslationLink> Versions(TranslationGroup? group, Essay current, SiteConfig config, InterfaceStrings languages) =>
        group is null ? [] : ViewList.Of(group.Versions, v => For(v, config, languages, ReferenceEquals(v.Essay, current)));

    /// <summary>The versions other than <paramref name="shown"/>, for a list that shows the essay once.</summary>
    public static ScriptArray<TranslationLink> Others(TranslationGroup? group, Essay shown, SiteConfig config, InterfaceStrings languages) =>
        group is null ? [] : ViewList.Of(group.Versions.Where(v => !ReferenceEquals(v.Essay, shown)), v => For(v, config, languages, current: false));

    /// <summary>What <see cref="Others"/> reads, for a list model's inputs (see <see cref="ModelInputs"/>): the group's versions, then a separator.</summary>
    public static void OthersInputs(TranslationGroup? group, ModelInputs inputs)
    {
        foreach (var version in group?.Versions ?? [])
        {
            inputs.Add(version.Essay);
        }

        inputs.Add(null);
    }

    // Each language is named in itself (العربية, Türkçe), as a reader looks for their own.
    private static TranslationLink For(TranslationVersion version, SiteConfig config, InterfaceStrings languages, bool current) =>
        new(version.Language, LanguageTag.Direction(version.Language), NameOf(version.Language, languages),
            version.Essay.Title, version.Essay.Path, config.AbsoluteUrl(version.Essay.Path), current);

    /// <summary>The strings file's `language_name` for its language; the tag itself for a language without a file.</summary>
    private static string NameOf(string language, InterfaceStrings languages)
    {
        var strings = languages.For(language);
        var same = PluralRules.Primary(strings.Language) == PluralRules.Primary(language.ToLowerInvariant());
        return same && strings.Text("language_name") is { } name ? name : language;
    }
}
