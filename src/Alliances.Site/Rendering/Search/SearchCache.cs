using System.Runtime.CompilerServices;
using Markdig.Syntax;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// What the search index took from each essay, kept between the builds of a long-running preview:
/// an essay whose syntax tree is the same object as last build (it was not re-read) is not counted
/// again. Term ids stay valid because the term table lives as long as the cache.
/// </summary>
internal sealed class SearchCache
{
    private readonly ConditionalWeakTable<MarkdownDocument, Entry> _entries = new();

    public SearchTermTable Table { get; } = new();

    public bool TryGet(MarkdownDocument document, out SectionTerms[] counted, out byte[] json)
    {
        var found = _entries.TryGetValue(document, out var entry);
        (counted, json) = found ? (entry!.Counted, entry.Json) : ([], []);
        return found;
    }

    public void Add(MarkdownDocument document, SectionTerms[] counted, byte[] json) =>
        _entries.AddOrUpdate(document, new Entry(counted, json));

    private sealed record Entry(SectionTerms[] Counted, byte[] Json);
}
