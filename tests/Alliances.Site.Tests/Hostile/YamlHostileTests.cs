using static Alliances.Site.Tests.Hostile.Hostile;

namespace Alliances.Site.Tests.Hostile;

public class YamlHostileTests
{
    private static string Essay(string frontMatter) => "---\n" + frontMatter + "\n---\n\nText.\n";

    [Fact]
    public void An_alias_bomb_is_refused_at_its_first_anchor_without_expanding()
    {
        // "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings.
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 9; i++)
        {
            lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (_, diagnostics) = Read(Essay(string.Join('\n', lines)));

        Assert.Contains("2:5 ALL109", Codes(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.Code == "ALL999");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "the bomb was expanded");
    }

    [Fact]
    public void An_alias_without_an_anchor_is_refused_too()
    {
        var (_, diagnostics) = Read(Essay("title: *missing\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]"));

        Assert.Contains("2:8 ALL109", Codes(diagnostics));
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_exceed_the_front_matter_size_limit_before_any_parsing()
    {
        var (_, diagnostics) = Read(Essay("topics: " + new string('[', 100_000)));

        Assert.Contains("1:1 ALL110", Codes(diagnostics));
        Assert.Contains("100,009 characters", Assert.Single(diagnostics, d => d.Code == "ALL110").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Sixty_thousand_nested_flow_openers_stop_at_the_depth_limit(char opener)
    {
        var (_, diagnostics) = Read(Essay("topics: " + new string(opener, 60_000)));

        // "topics: " is 8 columns; the 33rd opener (column 41) is the first beyond 32 levels.
        var error = Assert.Single(diagnostics, d => d.Code == "ALL109");
        Assert.Equal((2, 41), (error.Line, error.Column));
        Assert.Contains("deeper than 32 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_indented_block_mappings_stop_at_the_depth_limit()
    {
        var yaml = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + "a:\n"));
        var (_, diagnostics) = Read("---\n" + yaml + "---\n\nText.\n");

        Assert.Contains("34:33 ALL109", Codes(diagnostics));
    }

    [Theory]
    [InlineData("title: !!System.Diagnostics.Process { StartInfo: { FileName: sh } }", "2:8 ALL109")]
    [InlineData("title: !System.IO.FileInfo /etc/passwd", "2:8 ALL109")]
    [InlineData("title: !!python/object:os.system [ls]", "2:8 ALL109")]
    [InlineData("title: !!str T", "2:8 ALL109")]
    public void Custom_and_explicit_tags_are_refused(string line, string expected)
    {
        var (_, diagnostics) = Read(Essay(line + "\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]"));

        Assert.Contains(expected, Codes(diagnostics));
    }

    [Fact]
    public void A_duplicate_key_is_an_error_naming_the_first_line()
    {
        var (_, diagnostics) = Read(Essay("title: A\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\ntitle: B"));

        Assert.Equal(["6:1 ALL106"], Codes(diagnostics));
        Assert.Contains("first given on line 2", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_of_several_hundred_kilobytes_is_refused_by_size()
    {
        var padding = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"k{i}: value number {i}\n"));
        var (_, diagnostics) = Read("---\ntitle: T\n" + padding + "---\n\nText.\n");

        Assert.Contains("1:1 ALL110", Codes(diagnostics));
    }

    [Fact]
    public void A_file_of_several_megabytes_is_refused_before_it_is_read()
    {
        using var site = Support.TempSite.WithFiles(("content/essays/big.md", "---\ntitle: " + new string('x', 3_000_000) + "\n---\n\nText.\n"));

        var result = SiteBuilder.Check(site.Options());

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ALL110");
        Assert.Equal((site.Content + "/essays/big.md", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("limit is 1,048,576", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft: \"false\"", "7:8 ALL103")]
    [InlineData("draft: False", "7:8 ALL103")]
    [InlineData("date: 2024-02-30", "3:7 ALL103")]
    [InlineData("date: 2024-2-3", "3:7 ALL103")]
    [InlineData("topics: intelligence", "5:9 ALL103")]
    [InlineData("topics: {intelligence: yes}", "5:9 ALL103")]
    [InlineData("summary: [a, b]", "4:10 ALL103")]
    public void Wrong_types_are_errors_at_the_value(string line, string expected)
    {
        var fields = new List<string> { "title: T", "date: 2024-05-01", "summary: S.", "topics: [diplomacy]", "authors: []" };
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var index = fields.FindIndex(f => f.StartsWith(key + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            fields[index] = line;
        }
        else
        {
            fields.Add(line);
        }

        var (_, diagnostics) = Read(Essay(string.Join('\n', fields)));

        Assert.Equal([expected], Codes(diagnostics));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("off")]
    public void Yaml_1_1_booleans_and_null_words_in_a_title_are_plain_strings(string word)
    {
        // The YAML 1.2 core schema: `no`, `yes`, `off` are strings, not booleans (only `null`, `~` and an empty value are null).
        var (essay, diagnostics) = Read(Essay($"title: {word}\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]"));

        Assert.Empty(diagnostics);
        Assert.Equal(word, essay.Title);
    }

    [Fact]
    public void A_byte_order_mark_before_the_fence_is_ignored()
    {
        var (essay, diagnostics) = Read("\uFEFF" + FrontMatter + "\nText.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("T", essay.Title);
    }

    [Fact]
    public void Crlf_line_endings_keep_the_file_positions()
    {
        var (_, diagnostics) = Read("---\r\ntitle: T\r\ndate: 2024-02-30\r\nsummary: S.\r\ntopics: [diplomacy]\r\n---\r\n\r\nText.\r\n");

        Assert.Equal(["3:7 ALL103"], Codes(diagnostics));
    }

    [Fact]
    public void Front_matter_without_a_closing_fence_is_an_error_at_the_opening_fence()
    {
        var (_, diagnostics) = Read("---\ntitle: T\ndate: 2024-05-01\n\nText.\n");

        Assert.Contains("1:1 ALL107", Codes(diagnostics));
    }

    [Fact]
    public void An_empty_file_is_an_error_at_its_first_line()
    {
        var (_, diagnostics) = Read(string.Empty);

        Assert.Contains("1:1 ALL108", Codes(diagnostics));
        Assert.All(diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
    }

    [Fact]
    public void A_fence_alone_is_an_unclosed_front_matter()
    {
        var (_, diagnostics) = Read("---");

        Assert.Contains("1:1 ALL107", Codes(diagnostics));
    }
}
