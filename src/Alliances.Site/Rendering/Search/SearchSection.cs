using Alliances.Site.Model;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// A part of an essay a search result can link straight into: the text under a heading or after a
/// bold lead-in (a passage), up to the next one; the opening text has an empty anchor.
/// </summary>
public sealed record SearchSection(string Anchor, string Heading, string Text)
{
    /// <summary>The essay's sections in reading order; empty sections are left out (see <see cref="SearchSections"/>, which the build uses).</summary>
    /// <param name="passages">The essay's passages, whose titles head the sections their lead-ins open.</param>
    public static IReadOnlyList<SearchSection> Of(MarkdownDocument document, IReadOnlyList<Passage> passages)
    {
        var sections = new SearchSections();
        sections.Collect(document, passages);
        return [.. Enumerable.Range(0, sections.Count).Select(i => new SearchSection(sections.Anchor(i), sections.Heading(i), sections.Text(i).ToString()))];
    }
}
