using Alliances.Site.Diagnostics;
using Alliances.Site.Localization;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliances.Site.Markdown.Attributes;

/// <summary>
/// What an editor may set with a `{…}` attribute block: `lang` (a BCP 47 tag, so a screen reader
/// switches voice) and `dir` (`rtl`, `ltr` or `auto`), nothing else. Anything else (an id, a
/// class, `onclick=…`) is never written: the parse records it, with its line and column, on the
/// document, and <see cref="Report"/> turns each into a diagnostic.
/// </summary>
public static class LanguageAttributes
{
    private static readonly object Key = typeof(LanguageAttributes);

    /// <summary>The allowed, well-formed part of <paramref name="parsed"/>; every other part is recorded as a problem at (line, column), 0-based.</summary>
    public static HtmlAttributes Allowed(HtmlAttributes parsed, MarkdownDocument document, int line, int column)
    {
        var allowed = new HtmlAttributes();
        if (parsed.Id is { } id)
        {
            Problem(document, line, column, DiagnosticCodes.UnsupportedAttribute, $"`{{#{id}}}` sets an id; only `lang` and `dir` may be set (a heading's anchor comes from its text)");
        }

        foreach (var name in parsed.Classes ?? [])
        {
            Problem(document, line, column, DiagnosticCodes.UnsupportedAttribute, $"`{{.{name}}}` sets a class; only `lang` and `dir` may be set");
        }

        foreach (var (name, value) in parsed.Properties ?? [])
        {
            switch (name.ToLowerInvariant())
            {
                case "lang" when value is not null && LanguageTag.ProblemWith(value) is null:
                    allowed.AddProperty("lang", value);
                    break;
                case "lang":
                    Problem(document, line, column, DiagnosticCodes.InvalidAttributeValue,
                        value is null ? "`lang` needs a value, e.g. `{lang=ar}`" : "`lang`: " + LanguageTag.ProblemWith(value));
                    break;
                case "dir" when value?.ToLowerInvariant() is "rtl" or "ltr" or "auto":
                    allowed.AddProperty("dir", value.ToLowerInvariant());
                    break;
                case "dir":
                    Problem(document, line, column, DiagnosticCodes.InvalidAttributeValue,
                        $"`dir={value}` is not a direction; write `dir=rtl`, `dir=ltr` or `dir=auto`");
                    break;
                default:
                    Problem(document, line, column, DiagnosticCodes.UnsupportedAttribute,
                        $"`{name}` cannot be set in Markdown; only `lang` and `dir` may be (to show braces as text, write `\\{{`)");
                    break;
            }
        }

        return allowed;
    }

    /// <summary>Reports what <see cref="Allowed"/> refused while <paramref name="document"/> was parsed.</summary>
    public static void Report(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        if (document.GetData(Key) is List<(int Line, int Column, DiagnosticCode Code, string Message)> problems)
        {
            foreach (var (line, column, code, message) in problems)
            {
                diagnostics.Report(new SourceLocation(path, line + 1, column + 1), code, message + "; it was not applied");
            }
        }
    }

    private static void Problem(MarkdownDocument document, int line, int column, DiagnosticCode code, string message)
    {
        if (document.GetData(Key) is not List<(int, int, DiagnosticCode, string)> problems)
        {
            document.SetData(Key, problems = []);
        }

        problems.Add((line, column, code, message));
    }
}
