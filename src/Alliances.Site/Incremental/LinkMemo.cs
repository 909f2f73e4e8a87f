using System.Collections.Concurrent;
using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
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

    /// <summary>The last build's linked site and what it was linked from; null until a build links a site.</summary>
    private LastLink? _last;

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

    /// <summary>
    /// The essays that changed since the last build, each with the one it replaces, when they changed
    /// in their text only: the same files, the same fields (<see cref="Essay.SameButBody"/>) and the
    /// same images (<see cref="UnusedFiles.SameImages"/>), with the same topics, settings and files
    /// beside them. Null when anything else changed (or nothing was linked before): the link phase then
    /// runs whole. An empty list: no essay changed (a template or the home page's text did).
    /// </summary>
    internal IReadOnlyList<EssayEdit>? TextEditsSince(LoadedContent content)
    {
        TextEditsOnly = false;
        if (_last is not { } last
            || !ReferenceEquals(content.Config, last.Site.Config)
            || !content.Topics.SequenceEqual(last.Content.Topics, ReferenceEqualityComparer.Instance)
            || content.Essays.Count != last.Content.Essays.Count
            || !content.Files.SequenceEqual(last.Content.Files, StringComparer.Ordinal)
            || !content.PageFiles.SequenceEqual(last.Content.PageFiles, StringComparer.Ordinal))
        {
            return null;
        }

        var edits = new List<EssayEdit>();
        for (var i = 0; i < content.Essays.Count; i++)
        {
            var (old, now) = (last.Content.Essays[i], content.Essays[i]);
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            if (!now.SameButBody(old) || !UnusedFiles.SameImages(old, now))
            {
                return null;
            }

            edits.Add(new EssayEdit(old, now));
        }

        return edits;
    }

    /// <summary>Whether the last build that linked only relinked edited texts (<see cref="BeginTextEdits"/>) rather than the whole site.</summary>
    internal bool TextEditsOnly { get; private set; }

    /// <summary>The last build's site, kept by <see cref="Keep"/>; only after <see cref="TextEditsSince"/> gave edits.</summary>
    internal LastLink Last => _last ?? throw new InvalidOperationException("no site was linked before");

    /// <summary>Keeps a build's linked site for the next build (<see cref="TextEditsSince"/>), or forgets the last one (null).</summary>
    /// <param name="targets">The targets the site's links were resolved against; the next build that edits text updates them in place.</param>
    /// <param name="siteWide">The messages of the steps that look across essays, which hold as long as the essays' fields do.</param>
    internal void Keep(LoadedContent content, LinkedSite? site, Dictionary<string, LinkTarget> targets, IReadOnlyList<Diagnostic> siteWide) =>
        _last = site is null ? null : new LastLink(content, site, targets, siteWide);

    /// <summary>
    /// Starts a build that edits text (<see cref="TextEditsSince"/>): results are kept in place, not
    /// moved to a new table, since nearly all of them stay.
    /// </summary>
    internal void BeginTextEdits()
    {
        TextEditsOnly = true;

        // The topics and the linkable paths are the last build's (TextEditsSince checked them).
        _sameTopics = _samePaths = true;
        _nextResolved = _resolved;
        _nextPlaced = _placed;
    }

    /// <summary>Whether a body's links looked up any of <paramref name="paths"/> (so they may resolve differently now).</summary>
    internal bool LookedAt(MarkdownContent body, IReadOnlySet<string> paths) =>
        !_resolved.TryGetValue(body, out var result) || result.Dependencies.LookedAtAny(paths);

    /// <summary>When the essay whose body this is was published, as its links were resolved for.</summary>
    internal Publication PublicationOf(MarkdownContent body) => _resolved[body].Publication;

    /// <summary>
    /// Ends a build that edited text: drops the results of the bodies and essays it replaced and adds
    /// every kept result's messages, which the build reports as if it had worked them out.
    /// </summary>
    internal void EndTextEdits(IEnumerable<MarkdownContent> goneBodies, IEnumerable<Essay> goneEssays, DiagnosticBag diagnostics)
    {
        foreach (var body in goneBodies)
        {
            _resolved.TryRemove(body, out _);
        }

        foreach (var essay in goneEssays)
        {
            _placed.TryRemove(essay, out _);
        }

        // Room for every result, as End leaves it, for a next build that links the whole site.
        _nextResolved = New<MarkdownContent, Resolved>(_resolved.Count);
        _nextPlaced = New<Essay, Placed>(_placed.Count);
        foreach (var result in _resolved.Values)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        foreach (var result in _placed.Values)
        {
            diagnostics.AddRange(result.Diagnostics);
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

    /// <summary>A build's linked site with the content and link targets it came from.</summary>
    internal sealed record LastLink(LoadedContent Content, LinkedSite Site, Dictionary<string, LinkTarget> Targets, IReadOnlyList<Diagnostic> SiteWide);

    private sealed record Resolved(Publication Publication, LinkDependencies Dependencies, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Placed(IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, IReadOnlyList<Passage>> Passages, IReadOnlyList<Diagnostic> Diagnostics);
}
