using System.Text;
using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Text;

/// <summary>
/// The part of <see cref="Slug.FromTitle"/>'s rule that is about letters: a Latin letter is written
/// as plain ASCII (its marks dropped, ü → u, ç → c, ğ → g, ş → s; letters with no decomposition
/// spelt out, ı/İ → i, ß → ss, ø → o, æ → ae, œ → oe, đ → d, ł → l); fullwidth letters, ligatures
/// and Arabic presentation forms as their plain letters (what NFKC would give); a letter of another
/// script is kept as it is, lower-cased where its script has case; Arabic-script vowel marks and
/// the tatweel, which writers add or leave out, are dropped, so "تُعدّ" and "تعد" name the same page.
/// </summary>
/// <remarks>
/// The build runs with invariant globalization, which has no Unicode normalization, so the
/// decompositions come from the search's folding table (<see cref="SearchFolding"/>, made from
/// Unicode's own data), used here only for the Latin, fullwidth, ligature and presentation-form
/// ranges: search folds Arabic letters further (أ → ا), which a slug keeps.
/// </remarks>
public static class Transliteration
{
    /// <summary>Latin letters no decomposition reaches, spelt out.</summary>
    private static readonly (string Letters, string Form)[] Spelt =
    [
        ("ıİ", "i"), ("ßẞ", "ss"), ("øØ", "o"), ("æÆ", "ae"), ("œŒ", "oe"), ("đĐðÐ", "d"), ("łŁ", "l"), ("þÞ", "th"),
        ("ħĦ", "h"), ("ŧŦ", "t"), ("ŋŊ", "ng"), ("əƏɛƐ", "e"), ("ɔƆ", "o"), ("ĸ", "k"), ("ſ", "s"),
    ];

    private static readonly Dictionary<int, string> Latin = Spelt.SelectMany(s => s.Letters.Select(c => (Letter: (int)c, s.Form))).ToDictionary(p => p.Letter, p => p.Form);

    /// <summary>
    /// What <paramref name="letter"/> (a letter, digit or mark) is written as in a slug: ASCII for a
    /// Latin letter, the letter itself (lower case) for another script, "" for what a slug leaves
    /// out (an optional Arabic mark, a combining accent, a Latin letter with no ASCII form).
    /// </summary>
    public static string Write(Rune letter)
    {
        var c = letter.Value;
        if (letter.IsAscii)
        {
            return ((char)Rune.ToLowerInvariant(letter).Value).ToString();
        }

        if (Latin.TryGetValue(c, out var spelt))
        {
            return spelt;
        }

        if (IsOptionalMark(c))
        {
            return string.Empty;
        }

        if (IsCompatibilityForm(c))
        {
            Span<char> form = stackalloc char[SearchFolding.MaxForm];
            var length = SearchFolding.Fold((char)c, form);
            var folded = length > 0 ? form[..length].ToString() : string.Empty;

            // A Latin letter no table turns into ASCII (ƀ, say) has no place in a slug.
            return IsLatinScript(c) && !Ascii.IsValid(folded) ? string.Empty : folded;
        }

        return Rune.ToLowerInvariant(letter).ToString();
    }

    /// <summary>Combining accents (what NFD takes off a Latin letter), Arabic harakat, tanween, shadda, sukun, the dagger alef, Quranic marks and the tatweel.</summary>
    private static bool IsOptionalMark(int c) => c is (>= 0x0300 and <= 0x036F) or (>= 0x0610 and <= 0x061A) or (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x06D6 and <= 0x06ED) or 0x0640;

    /// <summary>Latin letters with marks, ligatures, Arabic presentation forms and fullwidth forms: the ranges whose plain form the folding table spells out.</summary>
    private static bool IsCompatibilityForm(int c) => IsLatinScript(c) || c is (>= 0xFB00 and <= 0xFB06) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0xFF00 and <= 0xFFEF);

    /// <summary>Latin-1 Supplement to Latin Extended-B, IPA, Latin Extended Additional, -C, -D and -E.</summary>
    private static bool IsLatinScript(int c) => c is (>= 0x00C0 and <= 0x02AF) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xAB30 and <= 0xAB6F);

    /// <summary>Arabic letters written decomposed (as macOS may name files): a letter and a combining hamza or madda, and their composed letter.</summary>
    internal static readonly (string Decomposed, char Composed)[] ArabicCompositions =
    [
        ("\u0627\u0653", '\u0622'), ("\u0627\u0654", '\u0623'), ("\u0648\u0654", '\u0624'), ("\u0627\u0655", '\u0625'),
        ("\u064A\u0654", '\u0626'), ("\u06D5\u0654", '\u06C0'), ("\u06C1\u0654", '\u06C2'), ("\u06D2\u0654", '\u06D3'),
    ];
}
