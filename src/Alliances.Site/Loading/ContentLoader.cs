using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering;
using Markdig;

namespace Alliances.Site.Loading;

/// <summary>
/// The load phase: reads content/site.yml, content/index.md, content/topics/*.md and
/// content/essays/*.md, and parses each file on its own (in parallel). Nothing here looks across files.
/// Topics and the home page keep their syntax trees; essays keep none (see below).
/// </summary>
public static class ContentLoader
{
    /// <param name="prerenderer">Renders each essay's body as it is loaded (a one-off build); without it essays keep their text.</param>
    public static LoadedContent Load(BuildOptions options, MarkdownPipeline pipeline, DiagnosticBag diagnostics, BodyPrerenderer? prerenderer = null)
    {
        var root = options.ContentDirectory;
        if (!Directory.Exists(root))
        {
            diagnostics.Report(SourceLocation.FileStart(root), DiagnosticCodes.NoContent, $"the content folder '{root}' does not exist");
            return new LoadedContent(null, [], [], null, null);
        }

        var history = options.GitDates ? GitDates.ReadAsync(root) : null;
        var folders = new ContainedFiles.RealFolders();
        var config = ReadFile(options, "site.yml", diagnostics, folders) is { } siteFile
            ? SiteConfigReader.Read(siteFile, options.BaseUrl, diagnostics)
            : null;
        if (prerenderer is not null && config is not null)
        {
            prerenderer.SiteLanguage = config.Language;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) };
        var topicFiles = MarkdownFiles(options, "topics", diagnostics);
        var essayFiles = MarkdownFiles(options, "essays", diagnostics);

        var topics = new Topic?[topicFiles.Count];
        Parallel.For(0, topicFiles.Count, parallel, i =>
            topics[i] = ReadFile(options, topicFiles[i], diagnostics, folders) is { } file
                ? InternalErrors.Catch(file.DisplayPath, diagnostics, () => TopicReader.Read(file, pipeline, diagnostics))
                : null);

        // Each essay's syntax tree is let go as soon as it is parsed (and, with a prerenderer, rendered):
        // the link phase works from the links the parse recorded. Held from here to render, 10,000
        // trees survived collection after collection (load at 10,000 essays: 2.3-3.2 s with, 1.3-1.6 s without).
        // Nor is an essay's text kept: the file is cut into front-matter and body as it is read.
        var images = new ImageCatalog(root);
        var essays = new Essay?[essayFiles.Count];
        Parallel.For(0, essayFiles.Count, parallel, i =>
            essays[i] = Read(options, essayFiles[i], diagnostics, folders, static (path, file) => new CutFile(file, TextFile.ReadNormalized(path, static text => FrontMatterSplit.Parse(text)))) is { } cut
                ? InternalErrors.Catch(cut.File.DisplayPath, diagnostics, () => EssayReader.Read(cut.File, pipeline, diagnostics, keepTree: false, prerenderer, cut.Split, images))
                : null);

        var (homeIntro, homeSource) = ReadHomeIntro(options, pipeline, diagnostics, folders);
        if (topics.Length == 0)
        {
            ReportNoTopics(options, diagnostics);
        }

        IReadOnlyList<Essay> loaded = [.. essays.OfType<Essay>()];
        if (history is not null)
        {
            loaded = GitDates.Apply(history.GetAwaiter().GetResult(), loaded, diagnostics);
        }

        return new LoadedContent(config, [.. topics.OfType<Topic>()], loaded, homeIntro, homeSource)
        {
            Files = ContentFiles.List(root),
            PageFiles = [.. topicFiles, .. essayFiles],
        };
    }

    /// <summary>content/index.md, the home page's introduction, read and parsed; none without the file.</summary>
    internal static (MarkdownContent? Intro, ContentFile? Source) ReadHomeIntro(BuildOptions options, MarkdownPipeline pipeline, DiagnosticBag diagnostics, ContainedFiles.RealFolders? folders = null)
    {
        var source = File.Exists(Path.Combine(options.ContentDirectory, "index.md")) ? ReadFile(options, "index.md", diagnostics, folders) : null;
        var intro = source is null ? null : InternalErrors.Catch(source.DisplayPath, diagnostics,
            () => MarkdownParser.Parse(MarkdownDocumentReader.Read(source, diagnostics).Body, pipeline, source.DisplayPath, diagnostics));
        return (intro, source);
    }

    internal static void ReportNoTopics(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.Report(SourceLocation.FileStart(Display(options, "topics")), DiagnosticCodes.NoContent, "the site has no topics; add content/topics/<slug>.md files");

    /// <summary>
    /// The `.md` files of a content subfolder, as content-relative paths in ordinal order; for essays
    /// also each folder essay, `essays/&lt;slug&gt;/index.md` (an essay with its images beside it).
    /// </summary>
    internal static List<string> MarkdownFiles(BuildOptions options, string folder, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(options.ContentDirectory, folder);
        if (!Directory.Exists(directory))
        {
            diagnostics.Report(SourceLocation.FileStart(Display(options, folder)), DiagnosticCodes.NoContent, $"the folder '{Display(options, folder)}' does not exist");
            return [];
        }

        // The folder itself may be a link out of the content folder: refused once here, even when
        // there is no file in it to be refused one by one.
        if (ContainedFiles.Problem(options.ContentDirectory, directory) is { } linkProblem)
        {
            diagnostics.Report(SourceLocation.FileStart(Display(options, folder)), DiagnosticCodes.SymlinkRefused, $"'{Display(options, folder)}' {linkProblem}");
            return [];
        }

        var files = Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly).Select(f => folder + "/" + Path.GetFileName(f));
        if (folder == "essays")
        {
            files = files.Concat(Directory.EnumerateDirectories(directory)
                .Where(d => File.Exists(Path.Combine(d, "index.md")))
                .Select(d => folder + "/" + Path.GetFileName(d) + "/index.md"));
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <param name="folders">The build's folders' real paths, shared by the files it reads; without it, resolved for this file alone.</param>
    internal static ContentFile? ReadFile(BuildOptions options, string relativePath, DiagnosticBag diagnostics, ContainedFiles.RealFolders? folders = null) =>
        Read(options, relativePath, diagnostics, folders, static (path, file) => file with { Text = TextFile.Read(path) });

    /// <summary>
    /// Checks a content file (contained, a file, not too large) and reads it with <paramref name="read"/>,
    /// given its path and the file without text; every problem is reported and gives null.
    /// </summary>
    private static T? Read<T>(BuildOptions options, string relativePath, DiagnosticBag diagnostics, ContainedFiles.RealFolders? folders, Func<string, ContentFile, T> read)
        where T : class
    {
        var display = Display(options, relativePath);
        var path = Path.Combine(options.ContentDirectory, relativePath);
        try
        {
            var info = new FileInfo(path);
            if (ContainedFiles.Problem(options.ContentDirectory, path, info, folders ?? new()) is { } linkProblem)
            {
                diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.SymlinkRefused, $"'{display}' {linkProblem}");
                return null;
            }

            // The kind is asked before anything opens the file: opening a FIFO waits for a writer forever.
            var kind = FileStat.Of(path).Kind;
            if (kind == FileKind.Missing)
            {
                diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.NoContent, $"'{display}' does not exist");
                return null;
            }

            if (kind != FileKind.Regular)
            {
                diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.FileUnreadable, $"'{display}' {SpecialFiles.Describe(kind)}, not a regular file; only regular files are read");
                return null;
            }

            if (info.Length > MarkdownDocumentReader.MaxFileBytes)
            {
                diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.FileTooLarge,
                    $"the file is {info.Length:N0} bytes; the limit is {MarkdownDocumentReader.MaxFileBytes:N0}");
                return null;
            }

            return read(path, new ContentFile(relativePath, display, string.Empty));
        }
        catch (FileTooLargeException)
        {
            // The file reported a size under the limit (a device reports 0) and then went on past it.
            diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.FileTooLarge,
                $"the file holds more than {MarkdownDocumentReader.MaxFileBytes:N0} bytes, the limit");
            return null;
        }
        catch (NotUtf8Exception e)
        {
            diagnostics.Report(new SourceLocation(display, e.Line, e.Column), DiagnosticCodes.NotUtf8, e.Message);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(SourceLocation.FileStart(display), DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>How diagnostics name a content file: under the content folder as the user gave it.</summary>
    public static string Display(BuildOptions options, string relativePath)
    {
        var root = options.ContentDirectory.Replace('\\', '/').TrimEnd('/');
        return root is "" or "." ? relativePath : root + "/" + relativePath;
    }

    /// <summary>A file read without keeping its text: the text cut into front-matter and body.</summary>
    private sealed record CutFile(ContentFile File, FrontMatterSplit Split);
}
