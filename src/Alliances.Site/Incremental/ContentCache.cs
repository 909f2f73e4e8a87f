using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Markdig;

namespace Alliances.Site.Incremental;

/// <summary>
/// The essay and topic files between builds, keyed by content-relative path. A file is read again
/// only when the watcher names it (or on a rescan), and parsed again only when its hash changed.
/// Files are read as a one-off build reads them: essays keep their body rendered at load (or its text),
/// not their tree, so the link phase can resolve an unchanged file's links again without parsing it.
/// </summary>
internal sealed class ContentCache(BuildOptions options, MarkdownPipeline pipeline)
{
    private readonly SortedDictionary<string, SourceEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Lives as long as the cache: the search terms of every body it prepares are numbered by its one table.</summary>
    private readonly BodyPrerenderer _prerenderer = new(pipeline);

    private int _parsed;

    /// <summary>Every file under content/ when last listed; null: list it again at the next build.</summary>
    private string[]? _files;

    /// <summary>The history of content/essays as git last told it (null outside a repository), and its stamp then.</summary>
    private (GitHistory? History, string? Stamp)? _git;

    /// <summary>What the prerendered bodies' labels were made from (<see cref="UseLabels"/>).</summary>
    private string? _labels;

    public IReadOnlyList<Diagnostic> FolderDiagnostics { get; private set; } = [];

    public int TopicFileCount => _entries.Keys.Count(k => k.StartsWith("topics/", StringComparison.Ordinal));

    public IEnumerable<SourceEntry> Entries => _entries.Values;

    public IEnumerable<SourceEntry> Topics => _entries.Values.Where(e => e.Topic is not null);

    public IEnumerable<SourceEntry> Essays => _entries.Values.Where(e => e.Essay is not null);

    /// <summary>How many files were parsed since the cache was made.</summary>
    public int ParsedCount => Volatile.Read(ref _parsed);

    /// <summary>Whether a content-relative path is one of the files this cache holds.</summary>
    public static bool IsPageFile(string relativePath) =>
        (relativePath.EndsWith(".md", StringComparison.Ordinal)
            && (relativePath.StartsWith("essays/", StringComparison.Ordinal) || relativePath.StartsWith("topics/", StringComparison.Ordinal))
            && relativePath.IndexOf('/', 7) < 0)
        || Alliances.Site.Images.EssayImages.BundleFolder(relativePath) is not null;

    /// <summary>The content folder's images, checked once and forgotten when one changes.</summary>
    public Images.ImageCatalog Images { get; } = new(options.ContentDirectory);

    /// <summary>
    /// Has bodies prerendered with the labels of <paramref name="strings"/> in their essay's language
    /// (or <paramref name="siteLanguage"/>), as a build prepares them; when those labels changed (the
    /// strings files or the site's language were edited), every essay read so far is parsed again.
    /// </summary>
    public void UseLabels(Localization.InterfaceStrings? strings, string siteLanguage)
    {
        var labels = siteLanguage + "\n" + strings?.BodyLabelsSignature();
        _prerenderer.Strings = strings;
        _prerenderer.SiteLanguage = siteLanguage;
        if (_labels is not null && _labels != labels)
        {
            foreach (var entry in Essays.ToList())
            {
                Reparse(entry);
            }
        }

        _labels = labels;
    }

    /// <summary>Notes a path the watcher named: the listing of content/ is made again if a file may have appeared or gone.</summary>
    public void Touched(string relativePath)
    {
        if (_files is not null && ContentFiles.MayHaveChanged(_files, options.ContentDirectory, relativePath))
        {
            _files = null;
        }
    }

    /// <summary>Reads every file again; unchanged ones keep their entry.</summary>
    public void Rescan()
    {
        (_files, _git) = (null, null);
        var diagnostics = new DiagnosticBag();
        var files = new List<string>();
        if (!Directory.Exists(options.ContentDirectory))
        {
            diagnostics.Report(SourceLocation.FileStart(options.ContentDirectory), DiagnosticCodes.NoContent, $"the content folder '{options.ContentDirectory}' does not exist");
        }
        else
        {
            files.AddRange(ContentLoader.MarkdownFiles(options, "topics", diagnostics));
            files.AddRange(ContentLoader.MarkdownFiles(options, "essays", diagnostics));
        }

        FolderDiagnostics = diagnostics.Sorted();
        foreach (var gone in _entries.Keys.Except(files, StringComparer.Ordinal).ToList())
        {
            Remove(gone);
        }

        var read = new SourceEntry?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
            i => read[i] = ReadIfChanged(files[i]));
        for (var i = 0; i < files.Count; i++)
        {
            if (read[i] is { } entry)
            {
                Replace(files[i], entry);
            }
        }
    }

    /// <summary>Reads one file the watcher named: added, changed or deleted.</summary>
    public void Refresh(string relativePath)
    {
        if (!File.Exists(Path.Combine(options.ContentDirectory, relativePath)))
        {
            Remove(relativePath);
        }
        else if (ReadIfChanged(relativePath) is { } entry)
        {
            Replace(relativePath, entry);
        }
    }

    /// <summary>
    /// Parses an unchanged file again (its images changed): a new entry, so the link and render caches,
    /// which know bodies by reference, see a new body.
    /// </summary>
    public void Reparse(SourceEntry entry) => Replace(entry.File.RelativePath, Parse(entry.File, entry.Hash));

    /// <summary>
    /// As a full build does: a missing `updated` comes from git, for the essays just parsed; and for
    /// every essay when git's history changed (a commit since the last save), so that no page keeps a
    /// date a full build would not give it. An essay whose date stays the same keeps its object.
    /// </summary>
    public void ApplyGitDates()
    {
        var parsed = _entries.Values.Where(e => e.NeedsDates && e.Essay is not null).ToList();
        foreach (var entry in parsed)
        {
            entry.NeedsDates = false;
        }

        if (!options.GitDates || parsed.Count == 0)
        {
            return;
        }

        var (history, changed) = GitHistory();
        var entries = changed ? [.. Essays] : parsed;
        var diagnostics = new DiagnosticBag();
        var dated = GitDates.Apply(history, [.. entries.Select(e => e.Undated!)], diagnostics);
        var warnings = diagnostics.Sorted().ToLookup(d => d.Path, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!Equals(dated[i], entries[i].Essay))
            {
                entries[i].Essay = dated[i];
            }

            entries[i].ParseDiagnostics = [.. entries[i].ReadDiagnostics, .. warnings[entries[i].File.DisplayPath]];
        }
    }

    /// <summary>What the load phase hands the link phase, as <see cref="ContentLoader.Load"/> would read it now.</summary>
    public LoadedContent Content(SiteConfig? config, MarkdownContent? homeIntro, ContentFile? homeSource) =>
        new(config, [.. Topics.Select(e => e.Topic!)], [.. Essays.Select(e => e.Essay!)], homeIntro, homeSource)
        {
            // Listed again whenever the watcher names a file that appeared or went (Touched): a file
            // that is not a page (a misnamed essay, a stray note) has no entry here, and is reported
            // unused from the moment it appears.
            Files = _files ??= ContentFiles.List(options.ContentDirectory),
            PageFiles = [.. _entries.Keys],
        };

    /// <summary>How many times git was asked for the history (two processes each time).</summary>
    public int GitReads { get; private set; }

    /// <summary>
    /// The history, asked of git again only when its stamp (<see cref="GitFolders.Stamp"/>) says a
    /// commit, checkout or fetch may have changed it: running git for every essay saved took longer
    /// than the rest of loading it. Outside a repository, git is asked once.
    /// </summary>
    /// <returns>The history, and whether it was read again since the last call (not the first read).</returns>
    private (GitHistory? History, bool Changed) GitHistory()
    {
        var stamp = _git?.History?.Folders?.Stamp();
        if (_git is { } known && (known.History?.Folders is null || stamp == known.Stamp))
        {
            return (known.History, false);
        }

        var history = GitDates.Read(options.ContentDirectory);
        GitReads++;

        // Stamped before reading when the folders are known, so a commit made meanwhile is seen next time.
        var changed = _git is not null;
        _git = (history, stamp ?? history?.Folders?.Stamp());
        return (history, changed);
    }

    public SourceEntry? Get(string relativePath) => _entries.GetValueOrDefault(relativePath);

    private SourceEntry? ReadIfChanged(string relativePath)
    {
        var diagnostics = new DiagnosticBag();
        var file = ContentLoader.ReadFile(options, relativePath, diagnostics);
        if (file is null)
        {
            // Unreadable or too large: kept as an entry that only carries its diagnostics.
            var display = ContentLoader.Display(options, relativePath);
            return new SourceEntry { File = new ContentFile(relativePath, display, string.Empty), Hash = "unreadable", ParseDiagnostics = diagnostics.Sorted() };
        }

        var hash = SourceEntry.HashOf(file.Text);
        return _entries.TryGetValue(relativePath, out var existing) && existing.Hash == hash ? null : Parse(file, hash);
    }

    private SourceEntry Parse(ContentFile file, string hash)
    {
        var diagnostics = new DiagnosticBag();
        var entry = new SourceEntry { File = file, Hash = hash };
        if (file.RelativePath.StartsWith("topics/", StringComparison.Ordinal))
        {
            entry.Topic = InternalErrors.Catch(file.DisplayPath, diagnostics, () => TopicReader.Read(file, pipeline, diagnostics, keepTree: false));
        }
        else
        {
            entry.Essay = InternalErrors.Catch(file.DisplayPath, diagnostics, () => EssayReader.Read(file, pipeline, diagnostics, keepTree: false, _prerenderer, images: Images));
        }

        entry.ParseDiagnostics = entry.ReadDiagnostics = diagnostics.Sorted();
        entry.Undated = entry.Essay;
        Interlocked.Increment(ref _parsed);
        return entry;
    }

    private void Replace(string relativePath, SourceEntry entry) => _entries[relativePath] = entry;

    private void Remove(string relativePath) => _entries.Remove(relativePath);
}
