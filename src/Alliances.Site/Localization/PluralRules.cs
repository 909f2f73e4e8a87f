namespace Alliances.Site.Localization;

/// <summary>
/// CLDR's plural categories for whole numbers, for the languages the site ships strings for. A
/// strings file gives a counted phrase one form per category it needs; `other` is always there.
/// </summary>
/// <remarks>Rules from CLDR 45 (integers only: the site counts essays, topics and minutes).</remarks>
public static class PluralRules
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    public static string Category(string language, long n) => Primary(language) switch
    {
        "ar" => n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : (n % 100) is >= 3 and <= 10 ? "few" : (n % 100) is >= 11 and <= 99 ? "many" : "other",

        // Persian: "i = 0 or n = 1" (for integers, 0 and 1).
        "fa" => n is 0 or 1 ? "one" : "other",

        // Malay, Indonesian: a noun after a number is not inflected.
        "ms" or "id" => "other",
        _ => n == 1 ? "one" : "other",
    };

    /// <summary>The primary language subtag, lowercased ("ar" for "ar-EG").</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }
}
