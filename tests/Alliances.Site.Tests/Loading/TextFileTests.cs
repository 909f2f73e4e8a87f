using System.Text;
using Alliances.Site.Loading;

namespace Alliances.Site.Tests.Loading;

/// <summary>The loader's file reader gives exactly what File.ReadAllText gives for any text, and refuses bytes that are not (ALL123).</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alliances-textfile-").FullName;

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "ascii", "---\ntitle: x\n---\nbody\n"u8.ToArray() },
        { "utf-8 with a byte-order mark", [0xEF, 0xBB, 0xBF, .. "é and 日本"u8.ToArray()] },
        { "only a byte-order mark", [0xEF, 0xBB, 0xBF] },
        { "utf-16 little-endian", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("état")).ToArray() },
        { "utf-16 big-endian", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("état")).ToArray() },
        { "larger than the first buffer", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ünïcödé line of text\n", 20_000))) },
        { "windows line endings", "---\r\ntitle: x\r\n---\r\nbody\r\n\r\nmore\r\n"u8.ToArray() },
        { "old mac line endings and a mix", "a\rb\r\r\nc\n\rd\r"u8.ToArray() },
        { "two byte-order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n---\n"u8.ToArray()] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_what_File_ReadAllText_reads(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name + ".md");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
    }

    /// <summary>The read the loader cuts essays from: the same text as reading it whole and normalising it, and the same cut.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_normalised_what_reading_and_normalising_gives(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name + ".md");
        File.WriteAllBytes(path, bytes);
        var expected = SourceText.Normalize(File.ReadAllText(path));

        Assert.Equal(expected, TextFile.ReadNormalized(path, static t => t.ToString()));
        Assert.Equal(FrontMatterSplit.Parse(expected), TextFile.ReadNormalized(path, static t => FrontMatterSplit.Parse(t)));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28, 0xFF, 0x62, 0xE2, 0x82 }, 1, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xC3, 0xA9, 0x62, 0xE9, 0x0A }, 2, 3)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x0A, 0xE2, 0x82 }, 3, 1)]
    public void Bytes_that_are_not_utf8_are_refused_at_the_first_one_with_its_line_and_column(byte[] bytes, int line, int column)
    {
        var path = Path.Combine(_folder, "latin1.md");
        File.WriteAllBytes(path, bytes);

        var read = Assert.Throws<NotUtf8Exception>(() => TextFile.Read(path));
        var normalized = Assert.Throws<NotUtf8Exception>(() => TextFile.ReadNormalized(path, static t => t.Length));

        Assert.Equal((line, column), (read.Line, read.Column));
        Assert.Equal((line, column), (normalized.Line, normalized.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n---\ntitle: x\n---\nbody")]
    [InlineData("\n \n---\ntitle: x\n")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("---\ntitle: x\n---")]
    [InlineData("---\ntitle: x\n---\n# Body\n")]
    [InlineData("---  \ntitle: x\n...  \nbody")]
    [InlineData("--- x\ntitle: x\n---\nbody")]
    [InlineData("no front-matter\n---\n")]
    public void Cutting_a_buffer_cuts_as_cutting_the_string_does(string text) =>
        Assert.Equal(FrontMatterSplit.Parse(text), FrontMatterSplit.Parse(text.AsSpan()));

    [Fact]
    public void A_body_after_more_front_matter_lines_than_the_shared_newlines_keeps_its_line_numbers()
    {
        var text = "---\n" + string.Concat(Enumerable.Repeat("k: v\n", 300)) + "---\nbody";

        var split = FrontMatterSplit.Parse(text.AsSpan());

        Assert.Equal(303, split.BodyFirstLine);
        Assert.Equal(new string('\n', 302) + "body", split.Body);
    }

    [Fact]
    public void A_small_file_after_a_large_one_is_not_mixed_with_the_buffer_left_over()
    {
        var large = Path.Combine(_folder, "large.md");
        var small = Path.Combine(_folder, "small.md");
        File.WriteAllText(large, new string('x', 200_000));
        File.WriteAllText(small, "short");

        Assert.Equal(200_000, TextFile.Read(large).Length);
        Assert.Equal("short", TextFile.Read(small));
        Assert.Equal(200_000, TextFile.ReadNormalized(large, static t => t.Length));
        Assert.Equal("short", TextFile.ReadNormalized(small, static t => t.ToString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
