using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Rendering;

/// <summary>
/// An essay's body rendered at load, from the parse that checked it, while its syntax tree was still
/// alive: the HTML as UTF-8 with a slot where each link's URL goes (the link phase decides the URLs
/// later), and the essay's search document. Its page then needs no second parse.
/// </summary>
public sealed class PreparedBody
{
    internal PreparedBody(ReadOnlyMemory<byte> html, int[] slotOffsets, int[] slotLinks, ReadOnlyMemory<byte> searchJson, SectionTerms[] searchTerms, SearchTermTable table)
    {
        Html = html;
        SlotOffsets = slotOffsets;
        SlotLinks = slotLinks;
        SearchJson = searchJson;
        SearchTerms = searchTerms;
        Table = table;
    }

    /// <summary>The body's HTML, UTF-8, with every link's URL left out.</summary>
    internal ReadOnlyMemory<byte> Html { get; }

    /// <summary>Where, in <see cref="Html"/>, each slot's URL goes (ascending).</summary>
    internal int[] SlotOffsets { get; }

    /// <summary>Which of the body's links (as <see cref="Model.MarkdownContent.Links"/> numbers them) fills each slot.</summary>
    internal int[] SlotLinks { get; }

    /// <summary>The essay's <c>search/d/N.json</c>: its title, path and sections.</summary>
    internal ReadOnlyMemory<byte> SearchJson { get; }

    /// <summary>Each search section's term counts, numbered by <see cref="Table"/>.</summary>
    internal SectionTerms[] SearchTerms { get; }

    /// <summary>The table that numbered <see cref="SearchTerms"/>.</summary>
    internal SearchTermTable Table { get; }
}
