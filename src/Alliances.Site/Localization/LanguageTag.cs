using System.Text.RegularExpressions;

namespace Alliances.Site.Localization;

/// <summary>BCP 47 language tags (`en`, `ar`, `ur-PK`, `az-Arab`): checked for form, and given a direction.</summary>
public static partial class LanguageTag
{
    /// <summary>Primary languages written right to left unless a script subtag says otherwise.</summary>
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.Ordinal)
    {
        "ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "ks", "lrc", "mzn", "pnb", "prs", "ps", "sd", "skr", "syr", "ug", "ur", "yi",
    };

    /// <summary>Scripts written right to left (ISO 15924 codes).</summary>
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
    };

    /// <summary>Null when the tag is well-formed; otherwise what is wrong, with the fix.</summary>
    public static string? ProblemWith(string tag)
    {
        if (WellFormed().IsMatch(tag))
        {
            return null;
        }

        var hint = tag.Replace('_', '-');
        return hint != tag && WellFormed().IsMatch(hint)
            ? $"'{tag}' is not a BCP 47 language tag: subtags are joined by hyphens; write '{hint}'"
            : $"'{tag}' is not a BCP 47 language tag; write the language's code, e.g. `en`, `ar`, `fa`, `ur`, `tr`, `ms` (with a region if needed: `en-GB`)";
    }

    /// <summary>`rtl` or `ltr`: how text in this language runs.</summary>
    public static string Direction(string tag)
    {
        var parts = tag.Split('-');
        if (parts.Skip(1).FirstOrDefault(p => p.Length == 4 && char.IsLetter(p[0])) is { } script)
        {
            return RightToLeftScripts.Contains(script) ? "rtl" : "ltr";
        }

        return RightToLeftLanguages.Contains(parts[0].ToLowerInvariant()) ? "rtl" : "ltr";
    }

    /// <summary>
    /// The OpenGraph locale (`ll_CC`): the tag's own region if it has one (`en-GB` → `en_GB`), else the
    /// strings file's usual country for its language (`ar` → `ar_AR`), else the bare language.
    /// </summary>
    public static string Locale(string tag, LanguageStrings strings)
    {
        var parts = tag.Split('-');
        var language = parts[0].ToLowerInvariant();
        if (parts.Skip(1).FirstOrDefault(p => p.Length == 2 || (p.Length == 3 && char.IsDigit(p[0]))) is { } region)
        {
            return language + "_" + region.ToUpperInvariant();
        }

        return strings.Locale.StartsWith(language + "_", StringComparison.Ordinal) ? strings.Locale : language;
    }

    // RFC 5646's langtag production (language, extlang, script, region, variants, extensions,
    // private use), without the grandfathered tags.
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[xX](-[A-Za-z0-9]{1,8})+)?$")]
    private static partial Regex WellFormed();
}
