using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown.Anchors;
using Alliances.Site.Markdown.Safety;
using Alliances.Site.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown;

/// <summary>Parses a Markdown body and derives what later stages need: anchors, passages, words.</summary>
public static class MarkdownParser
{
    public static MarkdownContent Parse(string body, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(body, pipeline);
        return Analyse(document);
    }

    /// <summary>
    /// Parses an untrusted body: nesting too deep to render safely is an error (ALL205) and the body
    /// is treated as empty; raw HTML is reported (ALL204) and rendered as text.
    /// </summary>
    public static MarkdownContent Parse(string body, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics)
    {
        if (NestingLimit.FindTooDeep(body) is { } tooDeep)
        {
            diagnostics.Report(new SourceLocation(path, tooDeep.Line, 1), DiagnosticCodes.TooDeep, tooDeep.Problem);
            return Analyse(new MarkdownDocument());
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
            return Analyse(new MarkdownDocument());
        }

        if (NestingLimit.TreeDepth(document) is { Depth: > NestingLimit.MaxTreeDepth } deep)
        {
            diagnostics.Report(new SourceLocation(path, Math.Max(1, deep.Deepest.Line + 1), Math.Max(1, deep.Deepest.Column + 1)), DiagnosticCodes.TooDeep,
                $"too deeply nested: the Markdown nests more than {NestingLimit.MaxTreeDepth} levels deep here (emphasis, links, lists or quotes), too deep to render safely");
            return Analyse(new MarkdownDocument());
        }

        RawHtmlReporter.Report(document, path, diagnostics);
        return Analyse(document);
    }

    public static MarkdownContent Analyse(MarkdownDocument document)
    {
        var (headings, passages) = AnchorAssigner.Assign(document);
        return new MarkdownContent(document, headings, passages, CountWords(document));
    }

    /// <summary>
    /// Lifts a leading `# Title` out of the body, so the page's only h1 is the one its template
    /// writes. Any other h1 is reported: a page has exactly one.
    /// </summary>
    public static string? LiftTitle(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        string? title = null;
        if (document.FirstOrDefault() is HeadingBlock { Level: 1 } first)
        {
            title = InlineText.Of(first);
            document.Remove(first);
        }

        foreach (var extra in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            diagnostics.Report(new SourceLocation(path, extra.Line + 1, extra.Column + 1), DiagnosticCodes.ExtraH1,
                "only the title may be a level-1 heading; use `##` for this section");
        }

        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    private static int CountWords(MarkdownDocument document)
    {
        var words = 0;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var inWord = false;
            foreach (var c in literal.Content.AsSpan())
            {
                var letter = !char.IsWhiteSpace(c);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }
        }

        return words;
    }
}
