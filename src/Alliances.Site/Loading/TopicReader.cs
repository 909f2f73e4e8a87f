using System.Globalization;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Text;
using Markdig;

namespace Alliances.Site.Loading;

public static class TopicReader
{
    private static readonly string[] Known = ["title", "summary", "order", "aliases", "keywords"];

    /// <param name="keepTree">Keep the intro's syntax tree; otherwise keep its text, to parse again when it is rendered.</param>
    public static Topic Read(ContentFile file, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool keepTree = true)
    {
        var document = MarkdownDocumentReader.Read(file, diagnostics);
        var fields = document.Fields;
        fields.WarnUnknownKeys(Known);
        if (document.IsEmpty)
        {
            diagnostics.Report(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.EmptyFile,
                "the file is empty; a topic starts with its front-matter, the fields title and summary between two `---` lines, then its introduction");
        }

        var slug = Slug.FromFileName(Path.GetFileNameWithoutExtension(file.RelativePath));
        if (Slug.ProblemAndFix(slug) is { } problem)
        {
            diagnostics.Report(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.InvalidSlug, $"the topic slug '{slug}' (from the file name) {problem}");
        }

        var title = fields.Text("title", required: true) ?? slug;
        var summary = fields.Text("summary", required: true) ?? string.Empty;
        var order = ReadOrder(fields);
        var aliases = fields.StringList("aliases", required: false)?.Select(a => a.Value).ToArray() ?? [];
        var keywords = fields.StringList("keywords", required: false)?.Select(k => k.Value).ToArray() ?? [title];
        var intro = MarkdownParser.Parse(document.Body, pipeline, file.DisplayPath, diagnostics);
        if (!keepTree)
        {
            intro.ReleaseTree(document.Body, prerendered: null);
        }

        return new Topic(slug, title, summary, order, aliases, keywords, file, intro);
    }

    private static int ReadOrder(FrontMatter fields)
    {
        if (fields.Get("order") is not { } value)
        {
            return int.MaxValue;
        }

        if (value is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order))
        {
            return order;
        }

        fields.Report(fields.At(value), DiagnosticCodes.InvalidValue, $"'order' must be a whole number, not {value.Describe()}");
        return int.MaxValue;
    }
}
