using Alliances.Site.Model;
using Alliances.Site.Output;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// What the index needs of each essay, collected one essay at a time (from any thread): its sections'
/// term counts, and its d/N.json file of sections to show in results.
/// </summary>
/// <param name="cache">Kept by the incremental builder so unchanged essays are not counted again; null in a one-off build.</param>
/// <param name="sink">Where a one-off build writes each d/N.json as soon as it is made; without one, <see cref="Files"/> keeps them.</param>
internal sealed class SearchDocuments(int essays, SearchCache? cache = null, OutputSink? sink = null)
{
    public SearchTermTable Table { get; } = cache?.Table ?? new();

    public SectionTerms[][] Counted { get; } = new SectionTerms[essays][];

    /// <summary>Each essay's d/N.json, when there is no sink to take them.</summary>
    public OutputFile[] Files { get; } = sink is null ? new OutputFile[essays] : [];

    /// <param name="index">The essay's position in the site's essays, which is its number in the index.</param>
    /// <param name="document">The essay's syntax tree, as rendered.</param>
    public void Add(int index, Essay essay, MarkdownDocument document, SearchScratch scratch)
    {
        // The title and path in the JSON come from the same file as the tree: a changed file is a new tree.
        if (cache is not null && cache.TryGet(document, out var counted, out var json))
        {
            Counted[index] = counted;
            Files[index] = new OutputFile($"search/d/{index}.json", json);
            return;
        }

        var sections = SearchSection.Of(document, essay.Body.Passages, scratch.Text);
        Counted[index] = SectionTerms.Count(essay.Title, sections, Table, scratch.Counts);
        var path = $"search/d/{index}.json";
        if (sink is not null)
        {
            sink.Add(path, scratch.JsonSpan(w => SearchIndexWriter.WriteEssay(w, essay, sections)));
            return;
        }

        Files[index] = new OutputFile(path, scratch.Json(w => SearchIndexWriter.WriteEssay(w, essay, sections)));
        cache?.Add(document, Counted[index], Files[index].Content);
    }
}
