using System.Text.Json;
using Alliances.Site.Diagnostics;
using Alliances.Site.Tests.Support;
using Console = Alliances.Site.Tests.Support.CliRunner;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// A file name or a value with a newline, ESC or BEL in it reaches no output raw: every diagnostic is
/// one line of text, and the terminal receives no control character from content.
/// </summary>
public class PrintedPathTests
{
    private const string Hostile = "a\nb\u001b[31mred\u0007\u202Eevil";

    [Theory]
    [InlineData("text", "a\\nb\\x1B[31mred\\x07\\u202Eevil.md")]
    [InlineData("github", "a%0Ab\\x1B[31mred\\x07\\u202Eevil.md")]
    [InlineData("json", null)]
    public void A_file_name_with_control_characters_is_printed_escaped_on_one_line(string format, string? printed)
    {
        using var temp = TempSite.FromFixtureBase();
        temp.Write($"content/essays/{Hostile}.md", "no front-matter\n");

        var (exit, stdout, stderr) = Console.Run(Console.SiteArgs(temp, "check", "--format", format));

        Assert.Equal(1, exit);
        var output = stdout + stderr;
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\r');
        if (format == "json")
        {
            // JSON is read by programs: the name is escaped the JSON way and parses back whole.
            using var document = JsonDocument.Parse(stdout);
            Assert.Contains(document.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("path").GetString()!.Contains(Hostile, StringComparison.Ordinal));
            return;
        }

        Assert.DoesNotContain('\u202E', output);

        // Each diagnostic (all name the file) is one line, and the summary another.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Where(l => l.Contains("ALL", StringComparison.Ordinal)), l => Assert.Contains(printed!, l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('b'));
    }

    [Fact]
    public void A_diagnostic_is_always_one_line()
    {
        var diagnostic = new Diagnostic(new SourceLocation("x\r\ny.md", 2, 3), Severity.Error, "ALL100", "'x\ny' \t\u2028\u009b");

        Assert.Equal("x\\r\\ny.md:2:3: error ALL100: 'x\\ny' \\t\\u2028\\x9B", diagnostic.ToString());
    }
}
