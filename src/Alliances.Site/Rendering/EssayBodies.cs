using System.Text;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering.Search;
using Markdig;

namespace Alliances.Site.Rendering;

/// <summary>
/// The incremental builder's first render step: each published essay's body rendered to HTML once,
/// and what the search index needs of it collected, in parallel. The builder compares page models
/// that include the HTML before deciding which pages to render, so it needs every body up front (a
/// one-off build renders each body in the worker that builds its page instead; see SiteRenderer).
/// </summary>
internal sealed class EssayBodies
{
    private readonly Dictionary<Essay, RawHtml> _html;

    private EssayBodies(Dictionary<Essay, RawHtml> html, SearchDocuments search)
    {
        _html = html;
        Search = search;
    }

    public SearchDocuments Search { get; }

    public RawHtml Html(Essay essay) => _html[essay];

    /// <param name="searchFiles">Takes each essay's search file (d/N.json).</param>
    /// <param name="searchCache">The incremental builder's, so unchanged essays are not counted for search again.</param>
    public static EssayBodies Prepare(LinkedSite site, MarkdownPipeline pipeline, ParallelOptions parallel, OutputSink searchFiles, SearchCache? searchCache = null)
    {
        var essays = site.Essays;
        var html = new RawHtml[essays.Count];
        var search = new SearchDocuments(essays.Count, searchFiles, searchCache);
        Parallel.For(0, essays.Count, parallel, () => new Scratch(), (i, _, scratch) =>
        {
            var essay = essays[i].Essay;
            var document = essay.Body.OpenDocument(pipeline);
            html[i] = MarkdownHtml.RenderUtf8(document, pipeline, scratch.Text, scratch.Utf8);
            search.Add(i, essay, document, scratch.Search);
            return scratch;
        }, scratch => scratch.Dispose());

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
