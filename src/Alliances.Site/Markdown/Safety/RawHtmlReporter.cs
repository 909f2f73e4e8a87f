using Alliances.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Safety;

/// <summary>Warns once per line that holds raw HTML, which the page shows as text.</summary>
public static class RawHtmlReporter
{
    public static void Report(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<int>();
        foreach (var node in TreeWalk.Below(document))
        {
            var (line, column, text) = node switch
            {
                HtmlBlock block => (block.Line, block.Column, block.Lines.Count > 0 ? block.Lines.Lines[0].Slice.ToString() : string.Empty),
                HtmlInline inline => (inline.Line, inline.Column, inline.Tag),
                _ => (-1, 0, string.Empty),
            };
            if (line < 0 || !seen.Add(line))
            {
                continue;
            }

            var shown = text.Trim() is { Length: > 40 } longText ? longText[..40] + "…" : text.Trim();
            diagnostics.Report(new SourceLocation(path, line + 1, column + 1), DiagnosticCodes.RawHtml,
                $"raw HTML `{shown}` is shown as text, not rendered; use Markdown instead");
        }
    }
}
