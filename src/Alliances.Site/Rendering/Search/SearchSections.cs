using System.Text;
using Alliances.Site.Body;
using Alliances.Site.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// One essay's search sections as a worker collects them. A section is the part of an essay a search
/// result can link straight into: the text under a heading or after a bold lead-in (a passage), up to
/// the next one. The sections' texts share one buffer the worker reuses for every essay, instead of a
/// string per section (10,000 essays made about 90 MB of them, each copied again into the JSON and
/// read once to count its terms).
/// </summary>
internal sealed class SearchSections
{
    private readonly StringBuilder _builder = new(16 * 1024);
    private readonly List<(string Anchor, string Heading, int Start, int Length)> _sections = [];
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
    private char[] _text = new char[16 * 1024];

    public int Count => _sections.Count;

    public string Anchor(int section) => _sections[section].Anchor;

    public string Heading(int section) => _sections[section].Heading;

    /// <summary>The section's text: valid until the next <see cref="Collect"/>.</summary>
    public ReadOnlySpan<char> Text(int section) => _text.AsSpan(_sections[section].Start, _sections[section].Length);

    /// <summary>
    /// The essay's sections in reading order (empty ones left out): the text under a heading or after
    /// a bold lead-in, up to the next one; the opening text has an empty anchor.
    /// </summary>
    /// <param name="passages">The essay's passages, whose titles head the sections their lead-ins open.</param>
    public void Collect(MarkdownDocument document, IReadOnlyList<Passage> passages)
    {
        _titles.Clear();
        foreach (var passage in passages)
        {
            _titles.TryAdd(passage.Id, passage.Title);
        }

        _sections.Clear();
        _builder.Clear();
        var anchor = string.Empty;
        var heading = string.Empty;
        var start = 0;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: >= 2 } h)
            {
                Flush();
                anchor = h.TryGetAttributes()?.Id ?? string.Empty;
                heading = InlineText.Of(h);
                continue;
            }

            if (block is HeadingBlock or CodeBlock)
            {
                continue;
            }

            // A lead-in passage carries its id on the paragraph, or on the list item it opens.
            var leadIn = block.TryGetAttributes()?.Id
                ?? (block.Parent is ListItemBlock item && item.FirstOrDefault() == block ? item.TryGetAttributes()?.Id : null);
            if (leadIn is not null && _titles.TryGetValue(leadIn, out var title))
            {
                Flush();
                anchor = leadIn;
                heading = title;
            }

            // Blocks are joined by one space; a block with no text adds nothing.
            var before = _builder.Length;
            if (before > start)
            {
                _builder.Append(' ');
            }

            var textStart = _builder.Length;
            InlineText.AppendTo(_builder, block.Inline);
            if (_builder.Length == textStart)
            {
                _builder.Length = before;
            }
        }

        Flush();
        if (_text.Length < _builder.Length)
        {
            _text = new char[_builder.Length];
        }

        _builder.CopyTo(0, _text, _builder.Length);

        void Flush()
        {
            if (_builder.Length > start || heading.Length > 0)
            {
                _sections.Add((anchor, heading, start, _builder.Length - start));
            }

            start = _builder.Length;
        }
    }
}
