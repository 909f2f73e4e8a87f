using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Localization;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Alliances.Site.Text;
using Markdig;

namespace Alliances.Site.Loading;

/// <summary>
/// Reads one essay. It always returns an essay when the file could be read at all, with stand-ins
/// for fields in error, so that later stages still check its links and every problem of the run is
/// reported together.
/// </summary>
public static class EssayReader
{
    public static readonly IReadOnlyList<string> KnownFields =
        ["title", "date", "summary", "topics", "slug", "authors", "updated", "draft", "passages", "lang", "translation_of"];

    /// <param name="keepTree">Keep the body's syntax tree; otherwise keep its text, to parse again when it is rendered.</param>
    /// <param name="prerenderer">Without a kept tree, render the body now and keep that instead of the text, when it can.</param>
    /// <param name="split">The file's text already cut into front-matter and body, when the file was read without keeping its text.</param>
    /// <param name="images">The build's images, which the essay's `![…](…)` are checked against; without it, images are links like any other.</param>
    public static Essay Read(ContentFile file, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool keepTree = true, BodyPrerenderer? prerenderer = null, FrontMatterSplit? split = null, ImageCatalog? images = null)
    {
        var source = split is null ? MarkdownDocumentReader.Read(file, diagnostics) : MarkdownDocumentReader.Read(file, split, diagnostics);
        var fields = source.Fields;
        var start = SourceLocation.FileStart(file.DisplayPath);
        if (source.IsEmpty)
        {
            diagnostics.Report(start, DiagnosticCodes.EmptyFile,
                "the file is empty; an essay starts with its front-matter, the fields title, date, summary and topics between two `---` lines, then its text (`alliances new` writes one to fill in)");
        }
        else if (!source.HasFrontMatter)
        {
            diagnostics.Report(start, DiagnosticCodes.MissingField, "the essay has no front-matter; start the file with `---`, the fields (date, summary, topics), and `---`");
        }

        fields.WarnUnknownKeys([.. KnownFields]);

        var checkImages = images is null ? null : new EssayImages(images, file.RelativePath, file.DisplayPath, diagnostics);
        var body = MarkdownParser.ParseEssay(source.Body, pipeline, file.DisplayPath, diagnostics, out var headingTitle, out var tree, checkImages);

        // A body refused as too deep (ALL205) may hold the `# Title` no one could read: not "missing" too.
        var title = ReadTitle(fields, headingTitle, titleMayBeInBody: body.IsTooDeep);
        var slug = ReadSlug(file, fields);
        var date = fields.Date("date", required: true);
        var updated = fields.Date("updated", required: false);
        if (date is not null && updated is not null && updated.Value.Value < date.Value.Value)
        {
            fields.Report(updated.Value.At, DiagnosticCodes.InvalidValue, $"'updated' ({updated.Value.Value:yyyy-MM-dd}) is before 'date' ({date.Value.Value:yyyy-MM-dd})");
        }

        var summary = fields.Text("summary", required: true) ?? string.Empty;
        var topics = fields.StringList("topics", required: true)?.ToValueList() ?? [];
        var authors = ReadAuthors(fields);
        var draft = fields.Bool("draft");
        var passages = ReadPassages(fields);
        if (!draft && summary == Scaffolding.EssayScaffold.SummaryPlaceholder)
        {
            fields.Report(fields.At(fields.Get("summary")!), DiagnosticCodes.PlaceholderSummary,
                "the summary is still the placeholder written by `alliances new`; write one sentence on what the essay argues before removing `draft: true`");
        }

        if (body.IsEmpty && source.Body.Trim().Length == 0 && !fields.Unreadable)
        {
            diagnostics.Report(start, DiagnosticCodes.EmptyFile, "the essay has no body text");
        }

        // Stand-ins keep an essay in error usable by later checks; the build fails on the errors anyway.
        var essay = new Essay(file.WithoutText(), slug, title ?? slug, date?.Value ?? DateOnly.MinValue, updated?.Value, summary,
            authors, topics, draft, passages, body)
        { Language = ReadLanguage(fields), TranslationOf = fields.Text("translation_of", required: false) is { } original ? new(original, fields.At(fields.Get("translation_of")!)) : null };
        if (!keepTree)
        {
            body.ReleaseTree(source.Body, prerenderer?.Render(essay, tree));
        }

        return essay;
    }

    private static string? ReadTitle(FrontMatter fields, string? headingTitle, bool titleMayBeInBody)
    {
        var title = fields.Text("title", required: false);
        if (title is null && headingTitle is null && !titleMayBeInBody)
        {
            fields.Report(fields.Start, DiagnosticCodes.MissingField, "missing required field 'title' (or a leading `# Title` line in the body)");
        }
        else if (title is not null && headingTitle is not null && !string.Equals(title, headingTitle, StringComparison.Ordinal))
        {
            fields.Report(fields.KeyAt("title"), DiagnosticCodes.TitleMismatch,
                $"the front-matter title differs from the body's leading heading '{headingTitle}'; the front-matter title is used");
        }

        return title ?? headingTitle;
    }

    private static string? ReadLanguage(FrontMatter fields)
    {
        var language = fields.Text("lang", required: false);
        if (language is not null && LanguageTag.ProblemWith(language) is { } problem)
        {
            fields.Report(fields.At(fields.Get("lang")!), DiagnosticCodes.InvalidValue, "'lang': " + problem);
            return null;
        }

        return language;
    }

    private static string ReadSlug(ContentFile file, FrontMatter fields)
    {
        var explicitSlug = fields.Text("slug", required: false);
        var slug = Slug.FromFileName(explicitSlug ?? DefaultSlug(file.RelativePath));
        if (Slug.ProblemAndFix(slug) is { } problem)
        {
            var at = explicitSlug is null ? fields.Start : fields.At(fields.Get("slug")!);
            var origin = explicitSlug is null ? " (from the file name)" : string.Empty;
            fields.Report(at, DiagnosticCodes.InvalidSlug, $"the slug '{slug}'{origin} {problem}");
        }

        return slug;
    }

    /// <summary>The file name without `.md`; for a folder essay (`essays/x/index.md`) the folder's name.</summary>
    internal static string DefaultSlug(string relativePath) =>
        EssayImages.BundleFolder(relativePath) is { } folder
            ? Path.GetFileName(folder.TrimEnd('/'))
            : Path.GetFileNameWithoutExtension(relativePath);

    private static ValueList<string> ReadAuthors(FrontMatter fields) =>
        fields.Get("authors") switch
        {
            YamlScalar { IsNull: false } one when one.Value.Trim().Length > 0 => [one.Value.Trim()],
            YamlSequence => fields.StringList("authors", required: false)?.Select(a => a.Value).ToValueList() ?? [],
            null or YamlScalar { IsNull: true } => [],
            var other => Invalid(fields, other, "'authors' must be a name or a list of names"),
        };

    private static ValueList<string> Invalid(FrontMatter fields, YamlValue value, string message)
    {
        fields.Report(fields.At(value), DiagnosticCodes.InvalidValue, $"{message}, not {value.Describe()}");
        return [];
    }

    private static ValueList<Located<string>> InvalidAnchors(FrontMatter fields, YamlValue value, string topic)
    {
        fields.Report(fields.At(value), DiagnosticCodes.InvalidValue, $"'passages.{topic}' must be a list of anchors, not {value.Describe()}");
        return [];
    }

    private static ValueList<PassageChoice> ReadPassages(FrontMatter fields)
    {
        switch (fields.Get("passages"))
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlMapping mapping:
                var choices = new List<PassageChoice>();
                foreach (var (key, value) in mapping.Entries)
                {
                    var topic = new Located<string>(key.Value.Trim(), fields.At(key));
                    var anchors = value switch
                    {
                        YamlSequence sequence => fields.ReadItems($"passages.{key.Value}", sequence, required: false).ToValueList(),
                        YamlScalar { IsNull: false } one => [new Located<string>(one.Value.Trim(), fields.At(one))],
                        _ => InvalidAnchors(fields, value, key.Value),
                    };
                    choices.Add(new PassageChoice(topic, anchors));
                }

                return choices.ToValueList();
            case { } other:
                fields.Report(fields.At(other), DiagnosticCodes.InvalidValue,
                    $"'passages' must map topics to anchors, e.g. `passages: {{ intelligence: [intelligence-sharing] }}`, not {other.Describe()}");
                return [];
        }
    }
}
