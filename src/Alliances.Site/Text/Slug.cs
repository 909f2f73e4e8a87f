using System.Globalization;
using System.Text;

namespace Alliances.Site.Text;

/// <summary>URL slugs for pages and anchors.</summary>
/// <remarks>
/// A page's slug follows one rule, <see cref="FromTitle"/>: `new` makes a file name with it, and
/// `check` accepts a file name (or `slug:`) only if the rule leaves it as it is (<see cref="ProblemWith"/>),
/// suggesting what the rule makes of it otherwise. Anchors follow GitHub's rule instead (<see cref="FromText"/>).
/// </remarks>
public static class Slug
{
    public const int MaxLength = 100;

    /// <summary>File systems allow 255 bytes a name; the slug leaves room for `.md` and then some.</summary>
    public const int MaxBytes = 200;

    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>
    /// The slug a title gives a page (its file name without `.md`, the last part of its address).
    /// Letters and digits are kept: Latin letters as lowercase ASCII, marks dropped ("Über NATO" →
    /// `uber-nato`, "İşbirliği" → `isbirligi`, "Straße" → `strasse`), letters of other scripts as
    /// they are, lower-cased where the script has case ("الأمن المشترك" → `الأمن-المشترك`, Arabic
    /// vowel marks dropped); spaces, dashes of every kind (– — ‐ −…), underscores and slashes
    /// become single hyphens ("Turkey–Pakistan ties" → `turkey-pakistan-ties`); anything else
    /// (apostrophes, dots, commas, symbols) is dropped ("Pakistan's ties" → `pakistans-ties`,
    /// "U.S. bases" → `us-bases`). At most <see cref="MaxLength"/> characters and <see cref="MaxBytes"/>
    /// bytes of UTF-8; empty when the title has no letter or digit.
    /// </summary>
    public static string FromTitle(string title)
    {
        var slug = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var rune in WellFormed(title).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                var written = Transliteration.Write(rune);
                if (written.Length == 0)
                {
                    continue;
                }

                if (pendingHyphen)
                {
                    slug.Append('-');
                    pendingHyphen = false;
                }

                slug.Append(written);
            }
            else if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation || rune.Value is '_' or '/' or '\t' or 0x2212)
            {
                pendingHyphen |= slug.Length > 0;
            }
        }

        return Shorten(slug.ToString());
    }

    /// <summary>
    /// Why <paramref name="slug"/> cannot name a page, or null if it can: it must be what
    /// <see cref="FromTitle"/> makes of it (so it is a safe single path segment on every file
    /// system, and look-alike or case-only variants of one name cannot both exist), and not a
    /// name Windows reserves.
    /// </summary>
    public static string? ProblemWith(string slug)
    {
        if (slug.Length == 0)
        {
            return "is empty";
        }

        if (slug.Length > MaxLength || Encoding.UTF8.GetByteCount(slug) > MaxBytes)
        {
            return $"is longer than {MaxLength} characters ({MaxBytes} bytes of UTF-8)";
        }

        if (WindowsReserved.Contains(slug))
        {
            return "is a reserved device name on Windows";
        }

        if (IsAsciiSlug(slug))
        {
            return null;
        }

        var made = FromTitle(slug);
        if (made == slug)
        {
            return MixedWord(slug) is { } word
                ? $"mixes Latin letters with letters of another script in '{word}', so it can pass for another address; write each word in one script"
                : null;
        }

        return slug.EnumerateRunes().FirstOrDefault(r => !r.IsAscii && Transliteration.Write(r) != r.ToString() && Rune.IsLetter(r)) is { Value: > 0 } letter
            ? $"has '{letter}', written '{Transliteration.Write(letter)}' in a slug; a slug has lowercase letters and digits (Latin letters without marks) and single hyphens between them"
            : "may only contain lowercase letters (Latin ones without marks, Arabic ones without vowel marks), digits and single hyphens between them";
    }

    /// <summary>
    /// <see cref="ProblemWith"/> and, when the rule makes a usable slug of it, "; try 'that'":
    /// what `check` says of a file name and `new` of a `--slug`. Null for a good slug.
    /// </summary>
    public static string? ProblemAndFix(string slug) =>
        ProblemWith(slug) is not { } problem ? null
        : FromTitle(slug) is { Length: > 0 } fixedSlug && fixedSlug != slug && ProblemWith(fixedSlug) is null ? $"{problem}; try '{fixedSlug}'"
        : problem;

    /// <summary>
    /// The slug a file or folder name gives: the name itself, with an Arabic letter that is written
    /// decomposed (macOS may hand names over so: ا and a combining hamza for أ) composed. A Latin
    /// letter with an accent is refused either way, so it needs no composing.
    /// </summary>
    public static string FromFileName(string name)
    {
        name = WellFormed(name);
        if (name.AsSpan().IndexOfAnyInRange('\u0653', '\u0655') < 0)
        {
            return name;
        }

        foreach (var (decomposed, composed) in Transliteration.ArabicCompositions)
        {
            name = name.Replace(decomposed, composed.ToString(), StringComparison.Ordinal);
        }

        return name;
    }

    /// <summary>Lowercase ASCII letters and digits with single hyphens between them: what almost every slug is, checked without the full rule.</summary>
    private static bool IsAsciiSlug(string slug)
    {
        var previousHyphen = true;
        foreach (var c in slug)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && !previousHyphen)))
            {
                return false;
            }

            previousHyphen = c == '-';
        }

        return !previousHyphen;
    }

    /// <summary>The text with any unpaired UTF-16 surrogate as U+FFFD, which normalisation would throw on.</summary>
    private static string WellFormed(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            written.Append(rune.ToString());
        }

        return written.ToString();
    }

    /// <summary>A hyphen-separated word with both ASCII letters and other letters (`essаy` with a Cyrillic а), or null.</summary>
    private static string? MixedWord(string slug) =>
        slug.Split('-').FirstOrDefault(w => w.Any(char.IsAsciiLetter) && w.EnumerateRunes().Any(r => !r.IsAscii && Rune.IsLetter(r)));

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength && Encoding.UTF8.GetByteCount(slug) <= MaxBytes)
        {
            return slug;
        }

        var kept = new StringBuilder();
        var bytes = 0;
        foreach (var rune in slug.EnumerateRunes())
        {
            if (kept.Length + rune.Utf16SequenceLength > MaxLength || bytes + rune.Utf8SequenceLength > MaxBytes)
            {
                break;
            }

            kept.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        return kept.ToString().TrimEnd('-');
    }

    /// <summary>
    /// Turns text into an anchor or page slug the way GitHub does for headings: lowercase, letters
    /// (any script, with their accents) and digits kept, spaces and hyphens become single hyphens,
    /// other punctuation dropped. Anchors typed by hand from a GitHub preview therefore match.
    /// </summary>
    public static string FromText(string text)
    {
        // Every heading and lead-in is slugged: short ones in a stack buffer, not a builder.
        Span<char> slug = text.Length <= 256 ? stackalloc char[256] : new char[text.Length];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in text)
        {
            char lower;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                lower = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                lower = (char)(c + 32);
            }
            else if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                lower = char.ToLowerInvariant(c);
            }
            else
            {
                pendingHyphen |= c is ' ' or '-' or '_' or '\t' or '/' && length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug[length++] = '-';
                pendingHyphen = false;
            }

            slug[length++] = lower;
        }

        var made = slug[..length];
        return made.Length > MaxLength ? made[..MaxLength].TrimEnd('-').ToString() : made.ToString();
    }
}
