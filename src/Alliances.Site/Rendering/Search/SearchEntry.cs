using Alliances.Site.Body;
using Alliances.Site.Model;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>Where an essay's search document goes as its body is rendered: its number in the index.</summary>
/// <param name="Number">The essay's position in the site's essays, which is its number in the index.</param>
internal readonly record struct SearchEntry(SearchDocuments Documents, int Number, Essay Essay)
{
    /// <summary>The document made at load with the body.</summary>
    public void Add(PrerenderedBody prerendered) => Documents.Add(Number, prerendered);

    /// <summary>The document made now from the body's tree.</summary>
    public void Add(MarkdownDocument document, SearchScratch scratch) => Documents.Add(Number, Essay, document, scratch);
}
