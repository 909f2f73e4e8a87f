using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// What the index needs of each essay, collected one essay at a time (from any thread): its sections'
/// term counts, and its d/N.json file of sections to show in results.
/// </summary>
internal sealed class SearchDocuments(int essays)
{
    public SearchTermTable Table { get; } = new();

    public SectionTerms[][] Counted { get; } = new SectionTerms[essays][];

    public OutputFile[] Files { get; } = new OutputFile[essays];

    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    public void Add(int index, Essay essay, SearchScratch scratch)
    {
        var sections = SearchSection.Of(essay.Body, scratch.Text);
        Counted[index] = SectionTerms.Count(essay.Title, sections, Table, scratch.Counts);
        Files[index] = new OutputFile($"search/d/{index}.json", scratch.Json(w => SearchIndexWriter.WriteEssay(w, essay, sections)));
    }
}
