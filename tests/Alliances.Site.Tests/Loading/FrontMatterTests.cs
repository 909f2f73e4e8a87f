using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;

namespace Alliances.Site.Tests.Loading;

public class FrontMatterTests
{
    private static (Essay Essay, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "content/essays/x.md")
    {
        var diagnostics = new DiagnosticBag();
        var essay = EssayReader.Read(new ContentFile("essays/x.md", path, text), MarkdownPipelineFactory.Create(), diagnostics);
        return (essay, diagnostics.Sorted());
    }

    private const string Valid = """
        ---
        title: "Alliances: a survey"
        date: 2024-05-01
        summary: What alliances give.
        topics: [intelligence, diplomacy]
        authors: [A. Writer, B. Writer]
        updated: 2024-06-02
        draft: false
        ---

        Body text.
        """;

    [Fact]
    public void Reads_every_field_of_valid_front_matter()
    {
        var (essay, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.Equal("Alliances: a survey", essay.Title);
        Assert.Equal(new DateOnly(2024, 5, 1), essay.Date);
        Assert.Equal(new DateOnly(2024, 6, 2), essay.Updated);
        Assert.Equal("What alliances give.", essay.Summary);
        Assert.Equal(["intelligence", "diplomacy"], essay.TopicNames.Select(t => t.Value));
        Assert.Equal(["A. Writer", "B. Writer"], essay.Authors);
        Assert.False(essay.Draft);
        Assert.Equal("x", essay.Slug);
    }

    [Fact]
    public void Topic_positions_are_the_file_lines_and_columns()
    {
        var (essay, _) = Read(Valid);

        Assert.Equal(new SourceLocation("content/essays/x.md", 5, 10), essay.TopicNames[0].At);
        Assert.Equal(new SourceLocation("content/essays/x.md", 5, 24), essay.TopicNames[1].At);
    }

    [Fact]
    public void Leading_heading_serves_as_title_and_is_lifted_out_of_the_body()
    {
        var (essay, diagnostics) = Read("---\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\n# The Title \n\nText.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("The Title", essay.Title);
        Assert.DoesNotContain(essay.Body.OpenDocument(MarkdownPipelineFactory.Create()), b => b is Markdig.Syntax.HeadingBlock { Level: 1 });
    }

    [Fact]
    public void Missing_required_fields_are_each_reported_at_the_start_of_the_file()
    {
        var (_, diagnostics) = Read("---\ntopics: [diplomacy]\n---\n\nText.\n");

        Assert.Equal(
            ["1:1 ALL102 missing required field 'date' (YYYY-MM-DD)", "1:1 ALL102 missing required field 'summary'", "1:1 ALL102 missing required field 'title' (or a leading `# Title` line in the body)"],
            diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Message}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("date: 2024-02-30", 3, 7, "ALL103")]
    [InlineData("date: 01/05/2024", 3, 7, "ALL103")]
    [InlineData("draft: \"false\"", 7, 8, "ALL103")]
    [InlineData("draft: yes", 7, 8, "ALL103")]
    [InlineData("topics: intelligence", 5, 9, "ALL103")]
    public void Wrong_values_are_reported_at_the_value(string line, int expectedLine, int expectedColumn, string code)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var fields = new List<string> { "title: T", "date: 2024-05-01", "summary: S.", "topics: [diplomacy]", "authors: []" };
        var index = fields.FindIndex(f => f.StartsWith(key + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            fields[index] = line;
        }
        else
        {
            fields.Add(line);
        }

        var (_, diagnostics) = Read("---\n" + string.Join('\n', fields) + "\n---\n\nText.\n");

        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal((expectedLine, expectedColumn), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Duplicate_keys_name_both_lines()
    {
        var (_, diagnostics) = Read("---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\ntitle: U\n---\n\nText.\n");

        var diagnostic = Assert.Single(diagnostics, d => d.Code == "ALL106");
        Assert.Equal(6, diagnostic.Line);
        Assert.Contains("line 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_and_bom_do_not_shift_positions()
    {
        var text = "\uFEFF" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("date: 2024-05-01", "date: 2024-13-01", StringComparison.Ordinal);
        var (_, diagnostics) = Read(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("ALL103", 3, 7), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Front_matter_title_that_differs_from_the_heading_warns()
    {
        var (essay, diagnostics) = Read("---\ntitle: One\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n\n# Two\n\nText.\n");

        Assert.Equal("One", essay.Title);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("ALL114", Severity.Warning, 2), (warning.Code, warning.Severity, warning.Line));
    }

}
