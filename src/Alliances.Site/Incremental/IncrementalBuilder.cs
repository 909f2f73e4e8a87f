using System.Diagnostics;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering;
using Alliances.Site.Rendering.ViewModels;
using Markdig;

namespace Alliances.Site.Incremental;

/// <summary>
/// Builds the site again and again in one process (for `serve`), doing only the work a change needs,
/// with the same output and diagnostics as <see cref="SiteBuilder.Check"/>:
/// <list type="bullet">
/// <item>load: only the files the watcher named are read, and parsed only if their hash changed;</item>
/// <item>link: only changed pages rewrite their links, plus the pages whose text names a file whose
/// slug, anchors or publication changed; topics and passages are chosen again only for changed essays;
/// related essays, previous/next and topic pages are recomputed whole (cheap);</item>
/// <item>render: every page's view model is built (essay bodies come from a per-essay HTML cache) and
/// compared with the last build's; only pages whose model or templates changed are rendered.</item>
/// </list>
/// Not thread-safe for concurrent builds: one caller drives it (calls are serialised).
/// </summary>
public sealed class IncrementalBuilder
{
    /// <summary>Beyond this many changed link targets, relinking everything is cheaper than searching.</summary>
    private const int MaxTargetedRelinks = 32;

    private readonly BuildOptions _options;
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly ContentCache _content;
    private readonly string _contentRoot;
    private readonly string _templatesRoot;
    private readonly HashSet<string> _pendingFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedImages = new(StringComparer.Ordinal);
    private readonly ImageCache _imageCache;
    private readonly Lock _gate = new();

    private bool _rescan = true;
    private bool _templatesDirty = true;
    private bool _configDirty = true;
    private TemplateSet? _templates;
    private AssetSet? _assets;
    private TemplateDependencies? _templateDependencies;
    private IReadOnlyList<Diagnostic> _templateDiagnostics = [];
    private SiteConfig? _config;
    private IReadOnlyList<Diagnostic> _configDiagnostics = [];
    private List<Topic> _topics = [];
    private int _topicGeneration;
    private Dictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private byte[]? _siteKey;

    /// <summary>Scriban contexts are costly to create (each builds its table of built-in functions): kept between builds.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<HtmlTemplateContext> _contexts = [];

    /// <summary>Each essay's search terms and section file, reused while its syntax tree is unchanged.</summary>
    private readonly Rendering.Search.SearchCache _searchCache = new();

    public IncrementalBuilder(BuildOptions options)
    {
        _options = options;
        _content = new ContentCache(options, _pipeline);
        _imageCache = new ImageCache(options.ImageCacheDirectory ?? ImageCache.DefaultFolder(options.ContentDirectory), keepInMemory: true);
        _contentRoot = Full(options.ContentDirectory);
        _templatesRoot = Full(options.TemplatesDirectory);
    }

    /// <summary>Notes a file or folder the watcher reported as created, changed, renamed or deleted.</summary>
    public void Invalidate(string path)
    {
        var full = Full(path);
        lock (_gate)
        {
            if (IsUnder(full, _templatesRoot))
            {
                _templatesDirty = true;
                return;
            }

            if (!IsUnder(full, _contentRoot))
            {
                return;
            }

            var relative = Path.GetRelativePath(_contentRoot, full).Replace('\\', '/');
            if (relative == "site.yml")
            {
                _configDirty = true;
            }
            else if (ContentCache.IsPageFile(relative))
            {
                _pendingFiles.Add(relative);
            }
            else if (ImageFormats.IsImagePath(relative))
            {
                _changedImages.Add(relative);
            }
            else if (relative is "." or "essays" or "topics" || Directory.Exists(full))
            {
                _rescan = true;
            }

            // Anything else (index.md, editor swap files) needs nothing: index.md is read every build.
        }
    }

    /// <summary>Reads everything again at the next build (after the watcher lost events).</summary>
    public void InvalidateAll()
    {
        lock (_gate)
        {
            _rescan = _templatesDirty = _configDirty = true;
        }
    }

    public IncrementalResult Build()
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            var parsedBefore = _content.ParsedCount;
            try
            {
                return BuildCore(clock, parsedBefore);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // As SiteBuilder: the unexpected becomes ALL999. The caches may be half updated, so
                // the next build starts from scratch.
                var diagnostics = new DiagnosticBag();
                InternalErrors.Report(_options.ContentDirectory, diagnostics, e);
                _rescan = _templatesDirty = _configDirty = true;
                _pages = new Dictionary<string, CachedPage>(StringComparer.Ordinal);
                _siteKey = null;
                return Failed(diagnostics, parsedBefore, clock);
            }
        }
    }

    private IncrementalResult BuildCore(Stopwatch clock, int parsedBefore)
    {
        {
            Load();
            var loaded = clock.Elapsed;
            var diagnostics = new DiagnosticBag();
            foreach (var diagnostic in _content.FolderDiagnostics.Concat(_configDiagnostics).Concat(_templateDiagnostics))
            {
                diagnostics.Add(diagnostic);
            }

            var site = Link(diagnostics);
            var linked = clock.Elapsed;
            if (site is null || _templates is null || diagnostics.HasErrors)
            {
                return Failed(diagnostics, parsedBefore, clock);
            }

            var (files, rendered, reused) = Render(site, diagnostics);
            return files is null
                ? Failed(diagnostics, parsedBefore, clock)
                : new IncrementalResult(true, diagnostics.Sorted(), files, rendered, reused, _content.ParsedCount - parsedBefore, clock.Elapsed)
                {
                    BasePath = _config?.BasePath,
                    LoadTime = loaded,
                    LinkTime = linked - loaded,
                    RenderTime = clock.Elapsed - linked,
                };
        }
    }

    /// <summary>
    /// An image changed, appeared or went: it is read again, and every essay that shows images is
    /// parsed again (its sizes, its copies' names and its errors may change with the file).
    /// </summary>
    private void ReloadImages()
    {
        if (_changedImages.Count == 0)
        {
            return;
        }

        foreach (var image in _changedImages)
        {
            _content.Images.Forget(image);
        }

        _changedImages.Clear();
        foreach (var entry in _content.Essays.Where(e => e.Essay!.Body.Images.Count > 0).ToList())
        {
            _content.Reparse(entry);
        }
    }

    private IncrementalResult Failed(DiagnosticBag diagnostics, int parsedBefore, Stopwatch clock) =>
        new(false, diagnostics.Sorted(), [], [], 0, _content.ParsedCount - parsedBefore, clock.Elapsed) { BasePath = _config?.BasePath };

    private void Load()
    {
        if (_rescan)
        {
            _content.Rescan();
            _rescan = false;
        }
        else
        {
            foreach (var file in _pendingFiles)
            {
                _content.Refresh(file);
            }
        }

        _pendingFiles.Clear();
        ReloadImages();
        if (_templatesDirty)
        {
            var bag = new DiagnosticBag();
            _templates = TemplateSet.Load(_options.TemplatesDirectory, bag);
            _assets = AssetSet.Load(_options.TemplatesDirectory, bag);
            _templateDependencies = TemplateDependencies.Load(_options.TemplatesDirectory);
            _templateDiagnostics = bag.Sorted();
            _templatesDirty = false;
        }

        if (_configDirty)
        {
            var bag = new DiagnosticBag();
            _config = Directory.Exists(_options.ContentDirectory) && ContentLoader.ReadFile(_options, "site.yml", bag) is { } siteFile
                ? SiteConfigReader.Read(siteFile, _options.BaseUrl, bag)
                : null;
            _configDiagnostics = bag.Sorted();
            _configDirty = false;
        }
    }

    /// <summary>The link phase of <see cref="SiteLinker"/>, redoing only what the changes touch.</summary>
    private LinkedSite? Link(DiagnosticBag diagnostics)
    {
        // First, as it may parse files again (new objects): everything below sees the final ones.
        RelinkDependents();
        var topics = _content.Topics.Select(e => e.Topic!).ToList();
        if (!topics.SequenceEqual(_topics, ReferenceEqualityComparer.Instance))
        {
            _topics = topics;
            _topicGeneration++;
        }

        var topicIndex = new TopicIndex(topics, diagnostics);
        if (topicIndex.Topics.Count > SiteLinker.MaxTopics)
        {
            diagnostics.Report(SourceLocation.FileStart(topics[SiteLinker.MaxTopics].Source.DisplayPath), DiagnosticCodes.InvalidValue,
                $"a site may have at most {SiteLinker.MaxTopics} topics");
            return null;
        }

        if (Directory.Exists(_options.ContentDirectory) && _content.TopicFileCount == 0)
        {
            diagnostics.Report(SourceLocation.FileStart(ContentLoader.Display(_options, "topics")), DiagnosticCodes.NoContent, "the site has no topics; add content/topics/<slug>.md files");
        }

        var essays = _content.Essays.ToList();
        _content.ApplyGitDates([.. essays.Where(e => e.NeedsLinking)]);
        SiteLinker.ReportCollisions(topics.Select(t => (t.Slug, t.Source)), "topic", diagnostics);
        SiteLinker.ReportCollisions(essays.Select(e => (e.Essay!.Slug, e.Essay.Source)), "essay", diagnostics);

        var published = essays
            .Where(e => _options.IsPublished(e.Essay!))
            .OrderByDescending(e => e.Essay!.Date)
            .ThenBy(e => e.Essay!.Slug, StringComparer.Ordinal)
            .ToList();
        var publishedSet = new HashSet<Essay>(published.Select(e => e.Essay!), ReferenceEqualityComparer.Instance);

        RewriteLinks(essays, publishedSet, diagnostics, out var homeIntro);
        ChoosePassages(essays, topicIndex);
        foreach (var entry in _content.Entries)
        {
            foreach (var diagnostic in entry.AllDiagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        // SiteLinker goes on to build the pages whatever the errors; nothing after this point reports
        // anything, so stopping here gives the same diagnostics.
        if (_config is null || diagnostics.HasErrors)
        {
            return null;
        }

        var pages = published.Select(e => new EssayPage(e.Essay!, e.Topics, e.Passages)).ToArray();
        RelatedEssays.Assign(pages, topicIndex.Topics);
        SiteLinker.AssignNeighbours(pages);
        var topicPages = topicIndex.Topics.Select(t => SiteLinker.BuildTopicPage(t, pages, topicIndex.Topics)).ToList();
        return new LinkedSite(_config, topicIndex.Topics, pages, topicPages, homeIntro);
    }

    /// <summary>
    /// A page's rewritten links depend on the slug, anchors and publication of the pages it links
    /// to. When those change for a file, every page whose text names that file parses again and relinks.
    /// </summary>
    private void RelinkDependents()
    {
        var changedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, before) in _content.TakeChanges())
        {
            var entry = _content.Get(path);
            var after = entry is null ? null : LinkSignature(entry);
            if (entry is not null)
            {
                entry.LinkSignature = after;
            }

            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changedNames.Add(Path.GetFileName(path));
            }
        }

        if (changedNames.Count == 0)
        {
            return;
        }

        var dependents = _content.Entries
            .Where(e => !e.NeedsLinking && e.Content is not null)
            .Where(e => changedNames.Count > MaxTargetedRelinks || changedNames.Any(name => e.File.Text.Contains(name, StringComparison.Ordinal)))
            .ToList();
        Parallel.ForEach(dependents, Parallelism(), _content.Reparse);
    }

    private string? LinkSignature(SourceEntry entry) =>
        entry.Content is not { } content
            ? null
            : string.Join('\n', [entry.Essay?.Slug ?? entry.Topic!.Slug, entry.Essay is null || _options.IsPublished(entry.Essay) ? "published" : "unpublished", .. content.AnchorIds]);

    private void RewriteLinks(List<SourceEntry> essays, HashSet<Essay> published, DiagnosticBag diagnostics, out MarkdownContent? homeIntro)
    {
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var essay in essays.Select(e => e.Essay!))
        {
            targets.TryAdd(essay.Source.RelativePath, new LinkTarget(essay.Path, essay.Body, published.Contains(essay), essay.Source.DisplayPath, essay.Slug));
        }

        foreach (var topic in _topics)
        {
            targets.TryAdd(topic.Source.RelativePath, new LinkTarget(topic.Path, topic.Intro, true, topic.Source.DisplayPath, topic.Slug));
        }

        var pending = _content.Entries.Where(e => e.NeedsLinking && e.Content is not null).ToList();
        Parallel.ForEach(pending, Parallelism(), entry =>
        {
            var bag = new DiagnosticBag();
            var rewriter = new LinkRewriter(targets, bag);
            var content = entry.Content!;
            rewriter.Rewrite(entry.File, content, "../../", entry.Essay is null || published.Contains(entry.Essay));
            entry.LinkDiagnostics = bag.Sorted();
            entry.NeedsLinking = false;
            RenderedHtmlSlot.AttachTo(content.OpenDocument(_pipeline));
        });

        // index.md is one small file: read, parsed and linked every build.
        homeIntro = null;
        if (File.Exists(Path.Combine(_options.ContentDirectory, "index.md")) && ContentLoader.ReadFile(_options, "index.md", diagnostics) is { } homeSource)
        {
            homeIntro = InternalErrors.Catch(homeSource.DisplayPath, diagnostics,
                () => MarkdownParser.Parse(MarkdownDocumentReader.Read(homeSource, diagnostics).Body, _pipeline, homeSource.DisplayPath, diagnostics));
            if (homeIntro is not null)
            {
                new LinkRewriter(targets, diagnostics).Rewrite(homeSource, homeIntro, string.Empty, published: true);
            }
        }
    }

    private void ChoosePassages(List<SourceEntry> essays, TopicIndex topicIndex)
    {
        var stale = essays.Where(e => e.PassagesForTopics != _topicGeneration).ToList();
        Parallel.ForEach(stale, Parallelism(), entry =>
        {
            var bag = new DiagnosticBag();
            var topics = topicIndex.Resolve(entry.Essay!.TopicNames, bag);
            entry.Passages = PassageSelector.Select(entry.Essay, topics, topicIndex, bag);
            entry.Topics = [.. topics.OrderBy(topicIndex.Position)];
            entry.PassageDiagnostics = bag.Sorted();
            entry.PassagesForTopics = _topicGeneration;
        });
    }

    private (IReadOnlyList<OutputFile>? Files, IReadOnlyList<string> Rendered, int Reused) Render(LinkedSite site, DiagnosticBag diagnostics)
    {
        var renderer = new SiteRenderer(_templates!, _assets!, _pipeline);
        var siteModel = SiteModel.Build(site);
        var searchFiles = new MemorySink();
        var bodies = renderer.PrepareBodies(site, _options.MaxParallelism, searchFiles, _searchCache);
        var plans = renderer.PlanPages(site, siteModel, diagnostics);
        var essayPages = site.Essays.ToDictionary(p => p.Essay.Path + "index.html", StringComparer.Ordinal);
        var siteKey = SiteKey(siteModel);
        var sameSite = _siteKey is not null && siteKey.AsSpan().SequenceEqual(_siteKey);
        var results = new (OutputFile? File, CachedPage? Cache, bool Rendered)[plans.Count];
        var renderDiagnostics = new DiagnosticBag();
        var previous = _pages;
        Parallel.For(0, plans.Count, Parallelism(),
            () => (Context: new Lazy<HtmlTemplateContext>(RentContext), Keys: new PageKeyWriter()),
            (i, _, local) =>
            {
                var plan = plans[i];
                previous.TryGetValue(plan.OutputPath, out var cached);
                var references = essayPages.TryGetValue(plan.OutputPath, out var essayPage) ? References(essayPage) : null;

                // Fast path: nothing of the site, the essay or its neighbours changed (same objects
                // as last build), so its view model would be the same: not even built.
                if (sameSite && cached?.References is { } before && references is not null && before.SequenceEqual(references, ReferenceEqualityComparer.Instance))
                {
                    results[i] = (cached.File, cached, false);
                    return local;
                }

                var globals = renderer.Globals(plan, site, siteModel, plan.Essay is { } page ? bodies.Html(page.Essay) : null);
                byte[]? key = null;
                if (local.Keys.Write(globals, _templateDependencies!.HashFor(plan.Template, SiteRenderer.Layout)))
                {
                    if (cached is not null && cached.Key.AsSpan().SequenceEqual(local.Keys.Written))
                    {
                        results[i] = (cached.File, cached with { References = references }, false);
                        return local;
                    }

                    key = local.Keys.Written.ToArray();
                }

                var context = local.Context.Value;
                var file = renderer.RenderGlobals(plan, globals, context, renderDiagnostics) ? new OutputFile(plan.OutputPath, context.PageUtf8().ToArray()) : null;
                results[i] = (file, file is null || key is null ? null : new CachedPage(key, file, references), true);
                return local;
            },
            local =>
            {
                if (local.Context.IsValueCreated)
                {
                    _contexts.Add(local.Context.Value);
                }
            });

        foreach (var diagnostic in renderDiagnostics.Sorted())
        {
            diagnostics.Add(diagnostic);
        }

        if (diagnostics.HasErrors)
        {
            return (null, [], 0);
        }

        var pages = new Dictionary<string, CachedPage>(StringComparer.Ordinal);
        foreach (var (_, cache, _) in results)
        {
            if (cache is not null)
            {
                pages[cache.File.Path] = cache;
            }
        }

        _pages = pages;
        _siteKey = siteKey;
        var rendered = results.Where(r => r.Rendered && r.File is not null).Select(r => r.File!.Path).ToList();
        var images = new MemorySink();
        SiteImages.Write(site.Essays.Select(p => p.Essay), _options.ContentDirectory, _imageCache, images, diagnostics, _options.MaxParallelism);
        renderer.WriteCards(site, _imageCache, images, _options.MaxParallelism);
        return ([.. results.Select(r => r.File).OfType<OutputFile>().Concat(_assets!.Files), .. SiteRenderer.SiteWideFiles(site, e => bodies.Html(e).Html, bodies.Search, _options.MaxParallelism, _options.SitemapLimits), .. searchFiles.Files(), .. images.Files()], rendered, results.Length - rendered.Count);
    }

    /// <summary>
    /// What every page shares: the `site` model, the config behind canonical and edit URLs, the
    /// asset paths and the templates. When it changes, no page takes the fast path.
    /// </summary>
    private byte[] SiteKey(Scriban.Runtime.ScriptObject siteModel)
    {
        var writer = new PageKeyWriter();
        var config = _config!;
        var shared = new Scriban.Runtime.ScriptObject
        {
            ["site"] = siteModel,
            ["config"] = string.Join('\n', config.BaseUrl.AbsoluteUri, config.Repository, config.Branch, config.Title, config.Description, config.Language),
            ["assets"] = _assets!.CssPath + "\n" + _assets.FaviconPath,
            ["essay"] = _templateDependencies!.HashFor("essay.html", SiteRenderer.Layout),
        };
        return writer.Write(shared, string.Empty) ? writer.Written.ToArray() : [];
    }

    /// <summary>
    /// The objects an essay page's view model is made from. Unchanged files keep their objects
    /// between builds, so "the same objects" means "the same model". If EssayModel starts to read
    /// more of the site, add it here (the tests compare every page with a full build).
    /// </summary>
    private static object?[] References(EssayPage page)
    {
        var references = new List<object?> { page.Essay, page.Topics, page.PassagesByTopic, page.Previous, page.Next };
        foreach (var related in page.Related)
        {
            references.Add(related.Page.Essay);
            references.Add(related.Page.PassagesByTopic);
            references.AddRange(related.SharedTopics);
            references.Add(null);
        }

        return [.. references];
    }

    private HtmlTemplateContext RentContext() => _contexts.TryTake(out var context) ? context : SiteRenderer.CreateContext();

    private ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism) };

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private sealed record CachedPage(byte[] Key, OutputFile File, object?[]? References);
}
