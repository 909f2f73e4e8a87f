using System.Text;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Search;
using Markdig;

namespace Alliances.Site.Rendering;

/// <summary>
/// The render phase's first step: each published essay's body rendered to HTML once, and what the
/// search index needs of it collected, in parallel. Essay pages and feeds then use the HTML, and a
/// full build lets go of the syntax trees here, before building 10,000 pages on top of them.
/// </summary>
internal sealed class EssayBodies
{
    /// <summary>Below this many essays the trees are a few megabytes; collecting them is not worth a pause.</summary>
    private const int CollectAfter = 500;

    private readonly Dictionary<Essay, RawHtml> _html;

    private EssayBodies(Dictionary<Essay, RawHtml> html, SearchDocuments search)
    {
        _html = html;
        Search = search;
    }

    public SearchDocuments Search { get; }

    public RawHtml Html(Essay essay) => _html[essay];

    /// <param name="releaseTrees">Drop each essay's syntax tree once used (a one-off build; the incremental builder keeps them).</param>
    /// <param name="searchCache">The incremental builder's, so unchanged essays are not counted for search again.</param>
    public static EssayBodies Prepare(LinkedSite site, MarkdownPipeline pipeline, ParallelOptions parallel, bool releaseTrees, SearchCache? searchCache = null)
    {
        var essays = site.Essays;
        var html = new RawHtml[essays.Count];
        var search = new SearchDocuments(essays.Count, searchCache);
        Parallel.For(0, essays.Count, parallel, () => new Scratch(), (i, _, scratch) =>
        {
            var essay = essays[i].Essay;
            html[i] = MarkdownHtml.RenderUtf8(essay.Body.Document, pipeline, scratch.Text, scratch.Utf8);
            search.Add(i, essay, scratch.Search);
            if (releaseTrees)
            {
                essay.Body.ReleaseDocument();
            }

            return scratch;
        }, scratch => scratch.Dispose());

        if (releaseTrees && essays.Count >= CollectAfter)
        {
            // The trees were the largest part of the heap and are all garbage now; left to the GC's own
            // schedule they stay until a full collection much later, and every page is built on top of
            // them (measured at 10,000 essays: peak 700 MB, 7.7 s CPU without; 522 MB, 7.2 s with).
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        var byEssay = new Dictionary<Essay, RawHtml>(essays.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < essays.Count; i++)
        {
            byEssay.TryAdd(essays[i].Essay, html[i]);
        }

        return new EssayBodies(byEssay, search);
    }

    private sealed class Scratch : IDisposable
    {
        public readonly StringBuilder Text = new(16 * 1024);
        public readonly Utf8Buffer Utf8 = new();
        public readonly SearchScratch Search = new();

        public void Dispose() => Search.Dispose();
    }
}
