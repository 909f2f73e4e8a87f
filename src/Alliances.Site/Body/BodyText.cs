using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Alliances.Site.Body;

/// <summary>
/// A body kept as the Markdown text it was parsed from, to be parsed again when it is rendered
/// (<see cref="BodyForm.Text"/>), and what its first parse did beyond Markdig's.
/// </summary>
public sealed class BodyText
{
    // Held as UTF-8: a one-off build carries every essay's text from load to render, and as UTF-8 the
    // mostly Latin text of 10,000 essays takes about 40 MB instead of 80.
    private readonly byte[]? _utf8;

    // A text with a lone surrogate does not come back from UTF-8 unchanged; such a rare one is kept as it is.
    private readonly string? _text;

    /// <param name="text">The text given to Markdig.</param>
    /// <param name="tooDeep">The text nests too deeply to render safely and stands as an empty body.</param>
    /// <param name="liftsTitle">A leading `# Title` is taken out of the tree (an essay's body).</param>
    public BodyText(string text, bool tooDeep, bool liftsTitle)
    {
        var utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, utf8, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            _utf8 = utf8;
        }
        else
        {
            _text = text;
        }

        TooDeep = tooDeep;
        LiftsTitle = liftsTitle;
    }

    /// <summary>The text given to Markdig (a new string at each call).</summary>
    public string Text => _text ?? Encoding.UTF8.GetString(_utf8!);

    public bool TooDeep { get; }

    public bool LiftsTitle { get; }
}
