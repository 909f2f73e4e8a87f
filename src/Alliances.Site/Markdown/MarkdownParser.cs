using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Markdown.Anchors;
using Alliances.Site.Markdown.Attributes;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Markdown.Safety;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown;

/// <summary>Parses a Markdown body and derives what later stages need: anchors, passages, links, words.</summary>
public static class MarkdownParser
{
    public static MarkdownContent Parse(string body, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(body, pipeline);
        var (headings, passages) = AnchorAssigner.Assign(document);
        return new MarkdownContent(document, headings, passages, CountWords(document), LinkIds.Collect(document));
    }

    /// <summary>
    /// Parses an untrusted body: nesting too deep to render safely is an error (ALL205) and the body
    /// is treated as empty; raw HTML is reported (ALL204) and rendered as text.
    /// </summary>
    public static MarkdownContent Parse(string body, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics) =>
        ParseChecked(body, pipeline, path, diagnostics, liftTitle: false, null, out _, out _);

    /// <summary>
    /// Parses an essay's untrusted body as <see cref="Parse(string, MarkdownPipeline, string, DiagnosticBag)"/>
    /// and lifts its leading `# Title` out (see <see cref="LiftTitle"/>).
    /// </summary>
    /// <param name="document">The tree the content holds (title lifted, anchors assigned), until <see cref="MarkdownContent.ReleaseTree"/>.</param>
    /// <param name="images">Checks the body's images (after the title is lifted); without it, images are links like any other.</param>
    public static MarkdownContent ParseEssay(string body, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics, out string? title, out MarkdownDocument document, EssayImages? images = null) =>
        ParseChecked(body, pipeline, path, diagnostics, liftTitle: true, images, out title, out document);

    /// <summary>
    /// The syntax tree as load and link left it: the one kept, or a new one parsed from the text
    /// (title lifted, anchors assigned, links resolved), which the caller uses and drops. Without a
    /// kept tree each call parses again: call it once per use.
    /// </summary>
    /// <exception cref="InvalidOperationException">The body was rendered at load and keeps neither tree nor text.</exception>
    public static MarkdownDocument OpenDocument(this MarkdownContent body, MarkdownPipeline pipeline) => body.KeptTree ?? Reparse(body, pipeline);

    /// <summary>
    /// Parses a body's text again into the tree its load and link phases left (anchors assigned,
    /// title lifted, links resolved), for a content that kept its text, not its tree. Nothing is reported:
    /// the first parse did that.
    /// </summary>
    private static MarkdownDocument Reparse(MarkdownContent content, MarkdownPipeline pipeline)
    {
        var source = content.ReparseFrom ?? throw new InvalidOperationException(content.Prerendered is null
            ? "the body keeps its tree, not its text"
            : "the body was rendered at load and keeps neither its tree nor its text");
        var document = source.TooDeep ? new MarkdownDocument() : Markdig.Markdown.Parse(source.Text, pipeline);
        AnchorAssigner.Assign(document);
        if (source.LiftsTitle)
        {
            TakeTitle(document);
        }

        // The steps of the first parse, in its order: images checked, then links collected (which gives
        // each its id), then the link phase's decisions applied by id.
        EssayImages.Attach(document, content.Images);
        if (!LinkIds.Collect(document).AsSpan().SequenceEqual(content.Links.ToArray()))
        {
            throw new InvalidOperationException("the text parsed again has other links than its first parse");
        }

        ResolvedLinks.Apply(document, content.LinkUrls);
        return document;
    }

    private static MarkdownContent ParseChecked(string body, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics, bool liftTitle, EssayImages? images, out string? title, out MarkdownDocument document)
    {
        var parsed = ParseSafely(body, pipeline, path, diagnostics);
        if (parsed is not null)
        {
            RawHtmlReporter.Report(parsed, path, diagnostics);
            SpacedLinkTargets.Report(parsed, body, path, diagnostics);
            LanguageAttributes.Report(parsed, path, diagnostics);
        }

        document = parsed ?? new MarkdownDocument();
        var (headings, passages) = AnchorAssigner.Assign(document);

        // Counted before the title is lifted: the reading time has always included the title's words.
        var words = CountWords(document);
        title = liftTitle ? LiftTitle(document, path, diagnostics) : null;

        // Checked and collected after: the title's links and images are not the body's.
        var uses = images?.Resolve(document) ?? [];
        return new MarkdownContent(document, headings, passages, words, LinkIds.Collect(document), tooDeep: parsed is null, liftsTitle: liftTitle, images: uses);
    }

    /// <summary>The body's tree, or null when it nests too deeply to render safely (reported).</summary>
    private static MarkdownDocument? ParseSafely(string body, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics)
    {
        if (NestingLimit.FindTooDeep(body) is { } tooDeep)
        {
            diagnostics.Report(new SourceLocation(path, tooDeep.Line, 1), DiagnosticCodes.TooDeep, tooDeep.Problem);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, pipeline);
        }
        catch (Exception e) when (e is InsufficientExecutionStackException
            || (e is ArgumentException && e.Message.Contains("depth limit", StringComparison.Ordinal)))
        {
            diagnostics.Report(new SourceLocation(path, NestingLimit.DeepestLine(body), 1), DiagnosticCodes.TooDeep,
                "too deeply nested: the Markdown nests too deeply to render safely (brackets, emphasis, lists or quotes); the deepest nesting is on or near this line");
            return null;
        }

        if (NestingLimit.TreeDepth(document) is { Depth: > NestingLimit.MaxTreeDepth } deep)
        {
            diagnostics.Report(new SourceLocation(path, Math.Max(1, deep.Deepest.Line + 1), Math.Max(1, deep.Deepest.Column + 1)), DiagnosticCodes.TooDeep,
                $"too deeply nested: the Markdown nests more than {NestingLimit.MaxTreeDepth} levels deep here (emphasis, links, lists or quotes), too deep to render safely");
            return null;
        }

        return document;
    }

    /// <summary>
    /// Lifts a leading `# Title` out of the body, so the page's only h1 is the one its template
    /// writes. Any other h1 is reported: a page has exactly one.
    /// </summary>
    private static string? LiftTitle(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var title = TakeTitle(document) is { } first ? InlineText.Of(first) : null;
        foreach (var extra in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            diagnostics.Report(new SourceLocation(path, extra.Line + 1, extra.Column + 1), DiagnosticCodes.ExtraH1,
                "only the title may be a level-1 heading; use `##` for this section");
        }

        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    /// <summary>Removes the leading level-1 heading, if the body starts with one.</summary>
    private static HeadingBlock? TakeTitle(MarkdownDocument document)
    {
        if (document.FirstOrDefault() is not HeadingBlock { Level: 1 } first)
        {
            return null;
        }

        document.Remove(first);
        return first;
    }

    private static int CountWords(MarkdownDocument document)
    {
        var words = 0;
        foreach (var node in TreeWalk.Below(document))
        {
            if (node is LiteralInline literal)
            {
                words += Words(literal.Content.AsSpan());
            }
        }

        return words;
    }

    /// <summary>
    /// The runs of non-white-space characters (char.IsWhiteSpace) in the text. Every character of every
    /// essay passes here: counted without a branch per character, ASCII by table.
    /// </summary>
    internal static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = 0;
        foreach (var c in text)
        {
            var letter = c < 128 ? AsciiLetter[c] : char.IsWhiteSpace(c) ? 0 : 1;
            words += letter & ~inWord;
            inWord = letter;
        }

        return words;
    }

    /// <summary>1 for each ASCII character that is not white space, as char.IsWhiteSpace decides.</summary>
    private static readonly int[] AsciiLetter = [.. Enumerable.Range(0, 128).Select(c => char.IsWhiteSpace((char)c) ? 0 : 1)];
}
