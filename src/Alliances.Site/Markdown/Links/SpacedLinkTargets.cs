using System.Text.RegularExpressions;
using Alliances.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown.Links;

/// <summary>
/// `[text](my essay.md)` is not a link in Markdown (a target cannot hold a space), so it would be
/// published as the raw text `[text](my essay.md)` without a word. Each such run of text, where the
/// parse made no link, is an error (ALL209) with the two forms that work.
/// </summary>
public static partial class SpacedLinkTargets
{
    public static void Report(MarkdownDocument document, string body, string path, DiagnosticBag diagnostics)
    {
        if (!body.Contains("](", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var node in TreeWalk.Below(document))
        {
            if (node is LeafBlock { Inline: not null } block)
            {
                Check(block, body, path, diagnostics);
            }
        }
    }

    private static void Check(LeafBlock block, string body, string path, DiagnosticBag diagnostics)
    {
        var start = block.Span.Start;
        var end = Math.Min(body.Length, block.Span.End + 1);
        if (start < 0 || end <= start || body.AsSpan(start, end - start).IndexOf("](", StringComparison.Ordinal) < 0)
        {
            return;
        }

        // Where the parse made links or code, the text is not a mistake (a title after a space,
        // `[x](a b)` inside code).
        var taken = new List<(int Start, int End)>();
        foreach (var inline in TreeWalk.Below(block.Inline!))
        {
            if (inline is LinkInline or CodeInline or AutolinkInline)
            {
                taken.Add((inline.Span.Start, inline.Span.End));
            }
        }

        foreach (Match match in Spaced().Matches(body[start..end]))
        {
            var at = start + match.Index;
            if (taken.Any(t => at >= t.Start && at <= t.End))
            {
                continue;
            }

            var line = 1 + body.AsSpan(0, at).Count('\n');
            var column = at - (at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1) + 1;
            var (bang, text, target) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim());
            var encoded = $"{bang}[{text}]({target.Replace(" ", "%20", StringComparison.Ordinal)})";
            var bracketed = $"{bang}[{text}](<{target}>)";
            diagnostics.Report(new SourceLocation(path, line, column), DiagnosticCodes.SpaceInLinkTarget,
                $"`{Short(match.Value)}` is not {(bang.Length > 0 ? "an image" : "a link")}: its target has a space, so the page would show it as text; write `{Short(encoded)}` or `{Short(bracketed)}`");
        }
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;

    /// <summary>`[text](target with a space)` on one line; a target in `&lt;…&gt;` or with a quoted title parses as a link and is not matched here.</summary>
    [GeneratedRegex(@"(!?)\[([^\[\]\n]*)\]\(([^()\s<>][^()\n<>]*?[ \t][^()\n<>]*?)\)")]
    private static partial Regex Spaced();
}
