using Alliances.Site.Body;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// What the index needs of each essay, collected one essay at a time (from any thread): its sections'
/// term counts, kept for the ranking, and its d/N.json file of sections to show in results, handed
/// to <paramref name="sink"/> as soon as it is made.
/// </summary>
/// <param name="table">The table prepared bodies were counted with, if any.</param>
internal sealed class SearchDocuments(int essays, OutputSink sink, SearchTermTable? table = null)
{
    public SearchTermTable Table { get; } = table ?? new();

    public SectionTerms[][] Counted { get; } = new SectionTerms[essays][];

    /// <summary>An essay whose search document was made at load.</summary>
    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    public void Add(int index, PreparedBody prepared)
    {
        if (prepared.Table != Table)
        {
            throw new InvalidOperationException("a prepared body's search terms were numbered by another table");
        }

        Counted[index] = prepared.SearchTerms;
        sink.Add($"search/d/{index}.json", prepared.SearchJson.Span);
    }

    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    /// <param name="document">The essay's syntax tree, as rendered.</param>
    public void Add(int index, Essay essay, MarkdownDocument document, SearchScratch scratch)
    {
        Counted[index] = scratch.Document(essay, document, Table, out var written);
        sink.Add($"search/d/{index}.json", written);
    }
}
