using System.Globalization;

namespace Alliances.Site.Text;

/// <summary>URL slugs for pages and anchors.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>
    /// A page slug must be a safe single path segment on every file system: lowercase ASCII letters,
    /// digits and single hyphens, so look-alike letters and case-only differences cannot collide.
    /// </summary>
    public static string? ProblemWith(string slug)
    {
        if (slug.Length == 0)
        {
            return "is empty";
        }

        if (slug.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters";
        }

        if (WindowsReserved.Contains(slug))
        {
            return "is a reserved device name on Windows";
        }

        var previousHyphen = true;
        foreach (var c in slug)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && !previousHyphen);
            if (!ok)
            {
                return "may only contain lowercase ASCII letters, digits and single hyphens between them";
            }

            previousHyphen = c == '-';
        }

        return previousHyphen ? "may not end with a hyphen" : null;
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
