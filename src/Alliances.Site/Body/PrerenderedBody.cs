using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Body;

/// <summary>
/// An essay's body rendered at load, from the parse that checked it, while its syntax tree was still
/// alive: the HTML as UTF-8 with a slot where each link's URL goes (the link phase decides the URLs
/// later), and the essay's search document. Its page then needs no second parse.
/// </summary>
/// <param name="Html">The body's HTML, UTF-8, with every link's URL left out.</param>
/// <param name="UrlOffsets">Where, in <paramref name="Html"/>, each slot's URL goes (ascending).</param>
/// <param name="UrlLinks">The id of the link whose URL fills each slot: its index in <see cref="MarkdownContent.Links"/>.</param>
/// <param name="SearchJson">The essay's search document (its title, path and sections), for its shard of <c>search/d/</c>.</param>
/// <param name="SearchTerms">Each search section's term counts, numbered by <paramref name="Table"/>.</param>
/// <param name="Table">The table that numbered <paramref name="SearchTerms"/>.</param>
internal sealed record PrerenderedBody(
    ReadOnlyMemory<byte> Html,
    int[] UrlOffsets,
    int[] UrlLinks,
    ReadOnlyMemory<byte> SearchJson,
    SectionTerms[] SearchTerms,
    SearchTermTable Table);
