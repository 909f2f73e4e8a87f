using System.Text;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Splits text into index terms. search.js splits queries the same way (runs of letters and digits,
/// lower-cased, stop words dropped), so a term found here is a term a reader can type.
/// </summary>
public static class SearchTokenizer
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    private static readonly HashSet<string> StopWordSet = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which", "with",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words too common to help ranking; search.js holds the same list.</summary>
    public static IReadOnlySet<string> StopWords => StopWordSet;

    public static IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        var scanner = new Scanner(Normalize(text), new char[MaxLength]);
        while (scanner.MoveNext())
        {
            terms.Add(scanner.Current.ToString());
        }

        return terms;
    }

    /// <summary>Composed form, so that "é" typed either way is one term.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>As <see cref="Normalize(string)"/>; text already composed (nearly all) is given back as it is.</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.ToString().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Walks the terms of already normalized text without allocating: <see cref="Current"/> is the
    /// lower-cased term in the caller's buffer (of <see cref="MaxLength"/> characters), valid until the next move.
    /// </summary>
    /// <param name="withStopWords">Stop words too: the caller tells them apart itself (see <see cref="WorkerTermIds"/>).</param>
    public ref struct Scanner(ReadOnlySpan<char> text, Span<char> buffer, bool withStopWords = false)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private readonly bool _withStopWords = withStopWords;
        private int _position;
        private int _length;

        public readonly ReadOnlySpan<char> Current => _buffer[.._length];

        public bool MoveNext()
        {
            while (_position < _text.Length)
            {
                var length = 0;
                while (_position < _text.Length && Lower(_text[_position]) is var lower and not '\0')
                {
                    if (length < _buffer.Length)
                    {
                        _buffer[length] = lower;
                    }

                    length++;
                    _position++;
                }

                if (length == 0)
                {
                    _position++;
                    continue;
                }

                if (length is >= MinLength and <= MaxLength && (_withStopWords || !StopWordLookup.Contains(_buffer[..length])))
                {
                    _length = length;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The character lower-cased when it is a letter or digit, else '\0'; ASCII (nearly all text) by table.</summary>
        private static char Lower(char c) =>
            c < 128 ? (char)AsciiLower[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    /// <summary>Each ASCII character's term form: digits and lower-case letters as they are, capitals lowered, the rest 0.</summary>
    private static ReadOnlySpan<byte> AsciiLower =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];
}
