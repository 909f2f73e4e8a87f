using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Loading;

/// <summary>Front-matter mistakes an editor makes, each one message at its line with the fix.</summary>
public sealed class YamlHintTests
{
    private const string Rest = "date: 2026-01-12\nsummary: An essay.\ntopics: [intelligence]\n---\n\nBody.\n";

    private static IReadOnlyList<Diagnostic> Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        EssayReader.Read(new ContentFile("essays/x.md", "content/essays/x.md", text), MarkdownPipelineFactory.Create(), diagnostics);
        return diagnostics.Sorted();
    }

    [Theory]
    [InlineData("title: Five Eyes: the first decade", "the value of 'title' contains `: `, which YAML reads as the start of another key; put the value in quotes: `title: \"Five Eyes: the first decade\"`")]
    [InlineData("title: [Draft] Five Eyes", "the value of 'title' starts with `[`, which YAML reads as a list, and goes on after it; put the value in quotes: `title: \"[Draft] Five Eyes\"`")]
    [InlineData("title: \"Five Eyes", "the value of 'title' is never closed: it opens with \" and has no closing \"; put the value in quotes: `title: \"Five Eyes\"`")]
    [InlineData("title: 'Five Eyes' alliance", "the value of 'title' goes on after its closing '; put the value in quotes: `title: \"'Five Eyes' alliance\"`")]
    [InlineData("title: {Five Eyes", "the value of 'title' starts with `{` that is never closed (if it is a list, close it with `}`); put the value in quotes: `title: \"{Five Eyes\"`")]
    [InlineData("title: `Five` Eyes", "the value of 'title' starts with a backtick, which YAML reserves; put the value in quotes: `title: \"`Five` Eyes\"`")]
    [InlineData("title: > 50 members", "the value of 'title' starts with `>`, which YAML reads as the start of a block of lines; put the value in quotes: `title: \"> 50 members\"`")]
    [InlineData("title: %d percent", "the value of 'title' starts with `%`, which YAML reserves; put the value in quotes: `title: \"%d percent\"`")]
    public void A_value_that_needs_quotes_is_one_error_at_the_value_with_the_quoted_form(string line, string message)
    {
        var error = Assert.Single(Read("---\n" + line + "\n" + Rest));

        Assert.Equal(("ALL101", 2, 8), (error.Code, error.Line, error.Column));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_list_that_is_never_closed_says_how_to_close_it()
    {
        var error = Assert.Single(Read("---\ntitle: Lists\ndate: 2026-01-12\nsummary: An essay.\ntopics: [intelligence, diplomacy\n---\n\nBody.\n"));

        Assert.Equal(("ALL101", 5, 9), (error.Code, error.Line, error.Column));
        Assert.Contains("(if it is a list, close it with `]`)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Ok\ndate: 2026-01-12\nsummary: >\n  A long summary\n  on two lines.\ntopics: [intelligence,\n  diplomacy]\n---\n\nBody.\n")]
    [InlineData("---\ntitle: \"Five Eyes: a history\"\ndate: 2026-01-12\nsummary: 'It''s fine'\ntopics: [intelligence] # a comment\n---\n\nBody.\n")]
    public void Values_yaml_reads_as_meant_get_no_hint(string text)
    {
        Assert.Empty(Read(text));
    }

    [Fact]
    public void A_value_starting_with_a_star_is_refused_as_an_alias_with_the_quoted_form()
    {
        var error = Assert.Single(Read("---\ntitle: *Five Eyes* now\n" + Rest));

        Assert.Equal("ALL109", error.Code);
        Assert.EndsWith("; if it is text, put the value in quotes: `title: \"*Five Eyes* now\"`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_indent_is_one_error_on_its_own_line_saying_indent_with_spaces()
    {
        var error = Assert.Single(Read("---\ntitle: Tabs\ndate: 2026-01-12\nsummary: An essay.\ntopics:\n  - intelligence\n\t- diplomacy\n\t- technology\n---\n\nBody.\n"));

        Assert.Equal(("ALL101", 7, 1), (error.Code, error.Line, error.Column));
        Assert.Equal("this line is indented with a tab (and 1 more line); YAML allows only spaces: indent with spaces", error.Message);
    }

    [Fact]
    public void A_title_cut_by_a_comment_is_a_warning_naming_the_lost_text_and_the_essay_still_loads()
    {
        var warning = Assert.Single(Read("---\ntitle: Five Eyes #1 alliance\n" + Rest));

        Assert.Equal(("ALL125", 2, 18), (warning.Code, warning.Line, warning.Column));
        Assert.Equal("the ` #` started a YAML comment, so the title is \"Five Eyes\" and `#1 alliance` is lost; put the value in quotes: `title: \"Five Eyes #1 alliance\"`", warning.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void An_empty_file_is_one_error_that_says_so(string text)
    {
        var error = Assert.Single(Read(text));

        Assert.Equal(("ALL108", 1, 1), (error.Code, error.Line, error.Column));
        Assert.StartsWith("the file is empty; an essay starts with its front-matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_before_the_front_matter_are_one_error_and_the_rest_keeps_its_line_numbers()
    {
        var diagnostics = Read("\n\n---\ntitle: Blank\ndate: 2026-01-12\nsummary: An essay.\ntopics: [intelligence]\nbogus: 1\n---\n\nBody.\n");

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(("ALL124", 1, 1), (diagnostics[0].Code, diagnostics[0].Line, diagnostics[0].Column));
        Assert.Equal("the front-matter must start on the file's first line; remove the 2 blank lines above `---` (line 3)", diagnostics[0].Message);
        Assert.Equal(("ALL104", 8), (diagnostics[1].Code, diagnostics[1].Line));
    }

    [Fact]
    public void A_latin1_file_is_one_error_at_the_first_bad_byte_saying_save_as_utf8()
    {
        using var site = TempSite.WithFiles(("content/essays/ok.md", "---\ntitle: Ok\n" + Rest));
        File.WriteAllBytes(Path.Combine(site.Content, "essays/latin.md"), [.. "---\ntitle: Ok\n"u8, .. "summary: Caf"u8, 0xE9, .. " society.\ndate: 2026-01-12\ntopics: [intelligence]\n---\n\nBody.\n"u8]);

        var error = Assert.Single(SiteBuilder.Check(site.Options()).Diagnostics);

        Assert.Equal(("ALL123", 3, 13), (error.Code, error.Line, error.Column));
        Assert.EndsWith("content/essays/latin.md", error.Path, StringComparison.Ordinal);
        Assert.EndsWith("save the file as UTF-8", error.Message, StringComparison.Ordinal);
    }
}
