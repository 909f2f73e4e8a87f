using System.Text.RegularExpressions;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Loading;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;

namespace Alliances.Site.Linking;

/// <summary>
/// Nothing in content/ is left out silently: every file the site does not read or show is a warning
/// (ALL122) that names it and says what to do: rename it, move it, or list it under `ignore:` in
/// site.yml. Used are site.yml, index.md, the topic and essay files, and every image an essay names.
/// It looks across files (an image is used if any essay shows it), so it runs in the link phase.
/// </summary>
public static class UnusedFiles
{
    private static readonly string[] MarkdownLike = [".markdown", ".mdown", ".mkd", ".mkdn", ".txt", ".text"];

    public static void Report(LoadedContent content, BuildOptions options, DiagnosticBag diagnostics)
    {
        // Without site.yml's settings the `ignore:` list is unknown: its own error comes first.
        if (content.Config is not { } config || content.Files.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { "site.yml", "index.md" };
        used.UnionWith(content.PageFiles);
        foreach (var essay in content.Essays)
        {
            used.UnionWith(essay.Body.Images.Select(use => ImagePath(essay.Source.RelativePath, use)).OfType<string>());
        }

        // An essay that did not load may show images no one can know, and an image it names that is
        // missing or broken may mean another file ("did you mean"): with such an error (reported) no
        // image is called unused, so one mistake gets one message.
        var judgeImages = content.PageFiles.Count(p => p.StartsWith("essays/", StringComparison.Ordinal)) == content.Essays.Count
            && content.Essays.All(e => e.Body.Images.All(use => use.Image is not null));
        var ignored = config.Ignore.Select(Glob).ToList();
        foreach (var path in content.Files)
        {
            if (used.Contains(path) || ignored.Any(p => p.IsMatch(path)) || (!judgeImages && ImageFormats.IsImagePath(path)))
            {
                continue;
            }

            diagnostics.Report(SourceLocation.FileStart(ContentLoader.Display(options, path)), DiagnosticCodes.UnusedFile,
                $"'{path}' {Advice(path, content.PageFiles)} (or list it under `ignore:` in site.yml)");
        }
    }

    /// <summary>
    /// Whether two versions of an essay show the same image files, each found or missing alike: all
    /// this report reads of a body, so an edit that keeps them changes nothing here.
    /// </summary>
    internal static bool SameImages(Essay a, Essay b) =>
        a.Source.RelativePath == b.Source.RelativePath
        && a.Body.Images.Select(use => (use.Image, ImagePath(a.Source.RelativePath, use)))
            .SequenceEqual(b.Body.Images.Select(use => (use.Image, ImagePath(b.Source.RelativePath, use))));

    /// <summary>The content path an essay's image names, whether or not it could be published.</summary>
    private static string? ImagePath(string essayPath, ImageUse use)
    {
        if (use.Image is { } image)
        {
            return image.ContentPath;
        }

        var cut = use.Url.IndexOfAny(['?', '#']);
        return LinkRewriter.ResolvePath(essayPath, Uri.UnescapeDataString(cut >= 0 ? use.Url[..cut] : use.Url));
    }

    /// <summary>What to do with an unused file, from where it is and what it is called.</summary>
    internal static string Advice(string path, IReadOnlyCollection<string> pageFiles)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        var folder = path.Contains('/') ? path[..path.IndexOf('/')] : string.Empty;
        var depth = path.Count(c => c == '/');
        if (name.EndsWith(".md.txt", StringComparison.OrdinalIgnoreCase)
            || (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) && extension != ".md")
            || MarkdownLike.Contains(extension.ToLowerInvariant()))
        {
            var stem = name.EndsWith(".md.txt", StringComparison.OrdinalIgnoreCase) ? name[..^".md.txt".Length] : Path.GetFileNameWithoutExtension(name);
            return $"is not read: only files ending in `.md` (lowercase) are pages; rename it to `{stem}.md`";
        }

        if (extension == ".md")
        {
            return (folder, depth) switch
            {
                ("essays", 2) when pageFiles.Contains(path[..(path.LastIndexOf('/') + 1)] + "index.md") =>
                    "is not read: an essay's folder holds one essay, its index.md; move it to content/essays/ to make it an essay of its own",
                ("essays", 2) => "is not read: an essay is `content/essays/<slug>.md` or `content/essays/<slug>/index.md`; move it up to content/essays/ or rename it to index.md",
                ("essays", _) => "is not read: an essay is `content/essays/<slug>.md` or `content/essays/<slug>/index.md`; move it up to content/essays/",
                ("topics", _) => "is not read: topics are `content/topics/<slug>.md`; move it up to content/topics/",
                _ => "is not read: essays go in content/essays/; move it there",
            };
        }

        return ImageFormats.IsImagePath(name)
            ? "is an image no essay shows; show it with `![description](…)` in an essay, or remove it"
            : "is not used by the site; move it out of content/";
    }

    /// <summary>
    /// A pattern of site.yml's `ignore:` as a regular expression over content-relative paths: `*` and
    /// `?` within a folder, `**` across folders, and a folder's name for everything in it.
    /// </summary>
    internal static Regex Glob(string pattern)
    {
        var text = pattern.Trim().TrimStart('/');
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var folders = i + 2 < text.Length && text[i + 2] == '/';
                regex.Append(folders ? "(.*/)?" : ".*");
                i += folders ? 2 : 1;
            }
            else
            {
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(regex.Append(text.EndsWith('/') ? ".*$" : "(/.*)?$").ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
