using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown.Anchors;
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
