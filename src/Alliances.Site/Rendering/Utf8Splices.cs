using System.Text;

namespace Alliances.Site.Rendering;

/// <summary>
/// UTF-8 HTML that belongs in a text buffer at given places but is kept apart as bytes: an essay's
/// body is made as UTF-8 at load and a page is written as UTF-8, so it goes from one to the other
/// without being decoded into the page's text and encoded back (see <see cref="Utf8Buffer"/>).
/// </summary>
internal sealed class Utf8Splices
{
    private readonly List<(int At, ReadOnlyMemory<byte> Utf8)> _splices = [];

    public int Count => _splices.Count;

    public (int At, ReadOnlyMemory<byte> Utf8) this[int index] => _splices[index];

    /// <summary>The bytes go at <paramref name="at"/>; places never decrease, as buffers only grow.</summary>
    public void Add(int at, ReadOnlyMemory<byte> utf8) => _splices.Add((at, utf8));

    /// <summary>Another buffer's splices, for its text appended at <paramref name="offset"/>.</summary>
    public void AddAll(Utf8Splices other, int offset)
    {
        foreach (var (at, utf8) in other._splices)
        {
            _splices.Add((offset + at, utf8));
        }
    }

    public void Clear() => _splices.Clear();

    /// <summary>The buffer's text with the bytes decoded in their places.</summary>
    public string Text(StringBuilder buffer)
    {
        if (_splices.Count == 0)
        {
            return buffer.ToString();
        }

        var text = new StringBuilder(buffer.Length);
        var from = 0;
        foreach (var (at, utf8) in _splices)
        {
            text.Append(buffer, from, at - from).Append(Encoding.UTF8.GetString(utf8.Span));
            from = at;
        }

        return text.Append(buffer, from, buffer.Length - from).ToString();
    }
}
