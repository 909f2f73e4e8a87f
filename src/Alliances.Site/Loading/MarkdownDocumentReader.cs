using Alliances.Site.Diagnostics;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Model;

namespace Alliances.Site.Loading;

/// <summary>A Markdown file's front-matter fields and its body, with positions kept.</summary>
/// <param name="IsEmpty">The file holds nothing but blank space: its readers report that alone, not every field missing.</param>
public sealed record MarkdownSource(FrontMatter Fields, string Body, bool HasFrontMatter, bool IsEmpty = false);

public static class MarkdownDocumentReader
{
    /// <summary>The largest Markdown file accepted: far above any essay, far below a memory problem.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Front-matter above this is not parsed at all: it is not an essay's, whatever it is.</summary>
    public const int MaxFrontMatterChars = 64 * 1024;

    public static MarkdownSource Read(ContentFile file, DiagnosticBag diagnostics) =>
        Read(file, FrontMatterSplit.Parse(SourceText.Normalize(file.Text)), diagnostics);

    /// <summary>As <see cref="Read(ContentFile, DiagnosticBag)"/>, from the file's text already cut (see <see cref="ContentLoader"/>).</summary>
    public static MarkdownSource Read(ContentFile file, FrontMatterSplit split, DiagnosticBag diagnostics)
    {
        YamlMapping? mapping = null;
        // Unclosed or oversized front-matter is reported once; its fields are not "missing" as well.
        var unreadable = split.Unclosed || split.Yaml is { Length: > MaxFrontMatterChars };
        var empty = split.Yaml is null && split.Body.AsSpan().IsWhiteSpace();
        if (split.BlankLinesBefore > 0)
        {
            diagnostics.Report(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.FrontMatterNotFirst,
                $"the front-matter must start on the file's first line; remove the {(split.BlankLinesBefore == 1 ? "blank line" : $"{split.BlankLinesBefore} blank lines")} above `---` (line {split.BlankLinesBefore + 1})");
        }
        if (split.Unclosed)
        {
            diagnostics.Report(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.UnclosedFrontMatter,
                "the front-matter opened on line 1 is never closed with a `---` line");
        }
        else if (split.Yaml is { Length: > MaxFrontMatterChars })
        {
            diagnostics.Report(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.FileTooLarge,
                $"the front-matter is {split.Yaml.Length:N0} characters; the limit is {MaxFrontMatterChars:N0}");
        }
        else if (split.Yaml is not null)
        {
            mapping = YamlReader.ReadMapping(split.Yaml, file.DisplayPath, split.YamlFirstLine, diagnostics, out unreadable);
        }

        return new MarkdownSource(new FrontMatter(mapping, file.DisplayPath, diagnostics, unreadable || empty), split.Unclosed ? string.Empty : split.Body, split.Yaml is not null, empty);
    }
}
