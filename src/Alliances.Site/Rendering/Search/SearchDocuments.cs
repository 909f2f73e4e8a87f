using Alliances.Site.Body;
using Alliances.Site.Model;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// What the index needs of each essay, collected one essay at a time (from any thread): its sections'
/// term counts, kept for the ranking, and its search document (title, path and sections, as JSON),
/// kept to be packed into the document shards (<see cref="SearchDocumentShards"/>) with the rest of
/// the index.
/// </summary>
/// <param name="table">The table prerendered bodies were counted with, if any.</param>
internal sealed class SearchDocuments(int essays, SearchTermTable? table = null)
{
    public SearchTermTable Table { get; } = table ?? new();

    public SectionTerms[][] Counted { get; } = new SectionTerms[essays][];

    /// <summary>Each essay's search document, UTF-8 JSON, by its number in the index.</summary>
    public ReadOnlyMemory<byte>[] Json { get; } = new ReadOnlyMemory<byte>[essays];

    /// <summary>An essay whose search document was made at load (kept by its prerendered body, so not copied).</summary>
    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    public void Add(int index, PrerenderedBody prerendered)
    {
        if (prerendered.Table != Table)
        {
            throw new InvalidOperationException("a prerendered body's search terms were numbered by another table");
        }

        Counted[index] = prerendered.SearchTerms;
        Json[index] = prerendered.SearchJson;
    }

    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    /// <param name="document">The essay's syntax tree, as rendered.</param>
    public void Add(int index, Essay essay, MarkdownDocument document, SearchScratch scratch)
    {
        Counted[index] = scratch.Document(essay, document, Table, out var written);
        Json[index] = written.ToArray();
    }
}
