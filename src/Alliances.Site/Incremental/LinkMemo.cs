using System.Collections.Concurrent;
using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;

namespace Alliances.Site.Incremental;

/// <summary>
/// The link phase's per-file results kept between the builds of a long-running preview, so that
/// <see cref="SiteLinker"/> redoes only what changed. Each result is reused only while what it was
/// computed from is unchanged, and that is recorded as it is computed: a body's links with the targets
/// they looked up (<see cref="LinkDependencies"/>), an essay's topics and passages with the topic list
/// they were chosen against. Results not used by a build are dropped at its end.
/// </summary>
/// <remarks>Used by one build at a time; within a build, from any thread.</remarks>
public sealed class LinkMemo
{
    // Written from the link phase's parallel loops, one entry per file. Many lock stripes and room for
    // the last build's entries: with the defaults (a stripe per core, grown as filled) the loops' threads
    // queued on the same locks, which at 10,000 essays was most of an edit's link time. Reads take no lock,
    // so a build's results are the next build's lookup as they are.
    private const int Stripes = 64;
    private ConcurrentDictionary<MarkdownContent, Resolved> _resolved = New<MarkdownContent, Resolved>(0);
    private ConcurrentDictionary<MarkdownContent, Resolved> _nextResolved = New<MarkdownContent, Resolved>(0);
    private ConcurrentDictionary<Essay, Placed> _placed = New<Essay, Placed>(0);
    private ConcurrentDictionary<Essay, Placed> _nextPlaced = New<Essay, Placed>(0);
    private IReadOnlyList<Topic> _topics = [];
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private Uri? _baseUrl;
    private bool _sameTopics;
    private bool _samePaths;

    /// <summary>Starts a build: notes whether the topics, the set of linkable paths and the site's address are the last build's.</summary>
    /// <param name="baseUrl">The site's address: links written as it are checked against it, so a new one makes every result stale.</param>
    internal void Begin(IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, LinkTarget> targets, Uri? baseUrl)
    {
        if (baseUrl != _baseUrl)
        {
            _resolved.Clear();
            _baseUrl = baseUrl;
        }

        _sameTopics = topics.SequenceEqual(_topics, ReferenceEqualityComparer.Instance);
        _topics = [.. topics];
        _samePaths = _paths.Count == targets.Count && targets.Keys.All(_paths.Contains);
        if (!_samePaths)
        {
            _paths = [.. targets.Keys];
        }
    }

    /// <summary>Resolves a body's links with <paramref name="resolve"/>, unless this body was resolved against the same targets before.</summary>
    internal void Resolve(MarkdownContent body, Publication publication, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics,
        Action<DiagnosticBag, LinkDependencies> resolve)
    {
        if (!_resolved.TryGetValue(body, out var result) || result.Publication != publication || !result.Dependencies.StillHold(targets, _samePaths))
        {
            var bag = new DiagnosticBag();
            var dependencies = new LinkDependencies();
            resolve(bag, dependencies);
            result = new Resolved(publication, dependencies, bag.Sorted());
        }

        _nextResolved[body] = result;
        diagnostics.AddRange(result.Diagnostics);
    }

    /// <summary>An essay's topics and passages from <paramref name="place"/>, unless chosen for this essay against the same topics before.</summary>
    internal EssayPage Place(Essay essay, DiagnosticBag diagnostics, Func<DiagnosticBag, EssayPage> place)
    {
        if (!_sameTopics || !_placed.TryGetValue(essay, out var result))
        {
            var bag = new DiagnosticBag();
            var page = place(bag);
            result = new Placed(page.Topics, page.PassagesByTopic, bag.Sorted());
        }

        _nextPlaced[essay] = result;
        diagnostics.AddRange(result.Diagnostics);

        // A new page each build (its neighbours and related essays are assigned anew), made of the same
        // topic and passage objects, which the render cache compares by reference.
        return new EssayPage(essay, result.Topics, result.Passages);
    }

    /// <summary>Ends a build: what it did not use is dropped.</summary>
    internal void End()
    {
        (_resolved, _nextResolved) = (_nextResolved, New<MarkdownContent, Resolved>(_nextResolved.Count));
        (_placed, _nextPlaced) = (_nextPlaced, New<Essay, Placed>(_nextPlaced.Count));
    }

    private static ConcurrentDictionary<TKey, TValue> New<TKey, TValue>(int capacity)
        where TKey : class => new(Stripes, Math.Max(capacity, 31), ReferenceEqualityComparer.Instance);

    private sealed record Resolved(Publication Publication, LinkDependencies Dependencies, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Placed(IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, IReadOnlyList<Passage>> Passages, IReadOnlyList<Diagnostic> Diagnostics);
}
