using System.Text;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Splits text into index terms. search.js splits queries the same way (runs of letters and digits,
/// lower-cased, stop words dropped), so a term found here is a term a reader can type.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Words too common to help ranking; search.js holds the same list.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which", "with",
    };

    public static IEnumerable<string> Terms(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (Take(word) is { } term)
            {
                yield return term;
            }
        }

        if (Take(word) is { } last)
        {
            yield return last;
        }
    }

    private static string? Take(StringBuilder word)
    {
        if (word.Length == 0)
        {
            return null;
        }

        var term = word.ToString();
        word.Clear();
        return term.Length < 2 || term.Length > 40 || StopWords.Contains(term) ? null : term;
    }
}
