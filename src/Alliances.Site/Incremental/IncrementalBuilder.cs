using System.Diagnostics;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering;
using Markdig;

namespace Alliances.Site.Incremental;

/// <summary>
/// Builds the site again and again in one process (for `serve`), with the same output and
/// diagnostics as <see cref="SiteBuilder.Check"/>, by running the same phases with a cache in front
/// of each, so that a build does only the work a change needs:
/// <list type="bullet">
/// <item>load (<see cref="ContentCache"/>): only the files the watcher named are read, and parsed
/// only if their hash changed;</item>
/// <item>link (<see cref="SiteLinker"/> with a <see cref="LinkMemo"/>): a file's links are resolved
/// again only when it changed or a target they looked up did, its topics and passages chosen again only
/// when it or the topics changed; related essays, neighbours and topic pages are recomputed whole (cheap);</item>
/// <item>render (<see cref="SiteRenderer"/> with a <see cref="PageCache"/>): only pages whose inputs or
/// templates changed are rendered.</item>
/// </list>
/// Not thread-safe for concurrent builds: one caller drives it (calls are serialised).
/// </summary>
public sealed class IncrementalBuilder : IDisposable
{
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
    private IReadOnlyList<Diagnostic> _templateDiagnostics = [];
    private SiteConfig? _config;
    private IReadOnlyList<Diagnostic> _configDiagnostics = [];
    private LinkMemo _links = new();
    private PageCache _pages = new();

    /// <summary>The last build's site-wide files, made in the background; the next build starts when they are done.</summary>
    private Task _siteWide = Task.CompletedTask;

    public IncrementalBuilder(BuildOptions options)
    {
        _options = options;
        _content = new ContentCache(options, _pipeline);
        _imageCache = new ImageCache(options.ImageCacheDirectory ?? ImageCache.DefaultFolder(options.ContentDirectory), keepInMemory: true);
        _contentRoot = Full(options.ContentDirectory);
        _templatesRoot = Full(options.TemplatesDirectory);
    }

    /// <summary>How many times the builds so far asked git for the history of content/essays.</summary>
    internal int GitReads => _content.GitReads;

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
            _content.Touched(relative);
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
                _links = new LinkMemo();
                _pages = new PageCache();
                return Failed(diagnostics, parsedBefore, clock);
            }
        }
    }

    private IncrementalResult BuildCore(Stopwatch clock, int parsedBefore)
    {
        // They read the last build's objects, which loading may replace; a failure there is the
        // caller's to see (the served site answers the request that awaited them with it).
        ((IAsyncResult)_siteWide).AsyncWaitHandle.WaitOne();
        var waited = clock.Elapsed;
        Load();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(_content.FolderDiagnostics.Concat(_configDiagnostics).Concat(_templateDiagnostics));
        foreach (var entry in _content.Entries)
        {
            diagnostics.AddRange(entry.ParseDiagnostics);
        }

        // index.md is one small file: read and parsed every build.
        var (homeIntro, homeSource) = ContentLoader.ReadHomeIntro(_options, _pipeline, diagnostics);
        if (Directory.Exists(_options.ContentDirectory) && _content.TopicFileCount == 0)
        {
            ContentLoader.ReportNoTopics(_options, diagnostics);
        }

        var loaded = clock.Elapsed;
        var site = SiteLinker.Link(_content.Content(_config, homeIntro, homeSource), _options, diagnostics, _links);
        var linked = clock.Elapsed;
        if (site is null || _templates is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics, parsedBefore, clock);
        }

        var sink = new MemorySink();
        var parts = new PhaseTimings();
        var renderer = new SiteRenderer(_templates, _assets!, _pipeline) { Images = new(_options.ContentDirectory, _imageCache), SitemapLimits = _options.SitemapLimits };
        var siteWide = renderer.RenderPages(site, diagnostics, _options.MaxParallelism, sink, parts, _pages);
        renderer.WriteImages(site, diagnostics, _options.MaxParallelism, sink, parts);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, parsedBefore, clock);
        }

        var later = Task.Run(() =>
        {
            var files = new MemorySink();
            siteWide(new PhaseTimings(), files);
            return files.Files();
        });
        _siteWide = later;
        return new IncrementalResult(true, diagnostics.Sorted(), sink.Unordered(), _pages.Rendered, _pages.Reused, _content.ParsedCount - parsedBefore, clock.Elapsed)
        {
            SiteWideFiles = later,
            BasePath = _config?.BasePath,
            WaitTime = waited,
            LinkedTextEditsOnly = _links.TextEditsOnly,
            Site = site,
            LoadTime = loaded - waited,
            LinkTime = linked - loaded,
            RenderTime = clock.Elapsed - linked,
            RenderParts = parts.Phases,
        };
    }

    private IncrementalResult Failed(DiagnosticBag diagnostics, int parsedBefore, Stopwatch clock) =>
        new(false, diagnostics.Sorted(), [], [], 0, _content.ParsedCount - parsedBefore, clock.Elapsed) { BasePath = _config?.BasePath, LinkedTextEditsOnly = _links.TextEditsOnly };

    private void Load()
    {
        // Templates and site.yml first: an essay's body is prerendered with their labels (notes, tables).
        if (_templatesDirty)
        {
            var bag = new DiagnosticBag();
            _templates = TemplateSet.Load(_options.TemplatesDirectory, bag);
            _assets = AssetSet.Load(_options.TemplatesDirectory, bag);
            _pages.Templates = TemplateDependencies.Load(_options.TemplatesDirectory);
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

        _content.UseLabels(_templates?.Strings, _config?.Language ?? Localization.InterfaceStrings.Reference);
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
        _content.ApplyGitDates();
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

    /// <summary>Waits for the last build's feeds, sitemap and search index; call when no build is running.</summary>
    public void Dispose() => ((IAsyncResult)_siteWide).AsyncWaitHandle.WaitOne();

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
