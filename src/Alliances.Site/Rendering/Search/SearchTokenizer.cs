namespace Alliances.Site.Rendering.Search;

/// <summary>
/// Splits text into index terms, the way search.js splits queries and the words it highlights: a
/// term is a run of word characters (<see cref="SearchFolding.IsWordUnit"/>), each folded
/// by <see cref="SearchFolding"/>; single letters joined by dots are one word (U.S. is us); a term of
/// four or more letters loses a leading Arabic article; terms of 2 to 40 characters that are not stop
/// words are kept. So a term found here is a term a reader can type.
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

    /// <summary>Words too common to help ranking; search.js reads the same list from the manifest.</summary>
    public static IReadOnlySet<string> StopWords => StopWordSet;

    public static List<string> Terms(string text, bool withStopWords = false)
    {
        var terms = new List<string>();
        var scanner = new Scanner(text, new char[MaxLength], withStopWords);
        while (scanner.MoveNext())
        {
            terms.Add(scanner.Current.ToString());
        }

        return terms;
    }

    /// <summary>
    /// Walks the terms of text without allocating: <see cref="Current"/> is the
    /// folded term in the caller's buffer (of <see cref="MaxLength"/> characters), valid until the next move.
    /// </summary>
    /// <param name="withStopWords">Stop words too: the caller tells them apart itself (see <see cref="WorkerTermIds"/>).</param>
    public ref struct Scanner(ReadOnlySpan<char> text, Span<char> buffer, bool withStopWords = false)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private readonly bool _withStopWords = withStopWords;
        private int _position;
        private int _start;
        private int _length;

        public readonly ReadOnlySpan<char> Current => _buffer[_start.._length];

        public bool MoveNext()
        {
            Span<char> folded = stackalloc char[SearchFolding.MaxForm];
            while (_position < _text.Length)
            {
                var length = 0;

                // Word units since the word began or since a dot that joined two single letters.
                var segment = 0;
                var segmentIsLetter = false;
                while (_position < _text.Length)
                {
                    var c = _text[_position];
                    int n;
                    if (c < 128)
                    {
                        var lower = AsciiLower[c];
                        if (lower == 0)
                        {
                            if (c == '.' && segment == 1 && segmentIsLetter && _position + 1 < _text.Length && char.IsLetter(_text[_position + 1]))
                            {
                                _position++;
                                segment = 0;
                                continue;
                            }

                            break;
                        }

                        folded[0] = (char)lower;
                        n = 1;
                    }
                    else if ((n = SearchFolding.Fold(c, folded)) < 0)
                    {
                        break;
                    }

                    for (var i = 0; i < n; i++, length++)
                    {
                        if (length < _buffer.Length)
                        {
                            _buffer[length] = folded[i];
                        }
                    }

                    segment++;
                    segmentIsLetter = char.IsLetter(c);
                    _position++;
                }

                // The unit that ended the word is no word unit, so nothing is lost by stepping over it.
                if (length == 0)
                {
                    _position++;
                    continue;
                }

                var start = length >= 4 && length <= _buffer.Length && _buffer[..length].StartsWith(SearchFolding.ArabicArticle) ? 2 : 0;
                if (length - start is >= MinLength and <= MaxLength && (_withStopWords || !StopWordLookup.Contains(_buffer[start..length])))
                {
                    (_start, _length) = (start, length);
                    return true;
                }
            }

            return false;
        }
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
