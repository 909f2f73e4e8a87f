using System.Text;
using Alliances.Site.Loading;

namespace Alliances.Site.Tests.Loading;

/// <summary>The loader's file reader gives exactly what File.ReadAllText gives, whatever the bytes.</summary>
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
        { "invalid utf-8", [0x61, 0xC3, 0x28, 0xFF, 0x62, 0xE2, 0x82] },
        { "larger than the first buffer", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ünïcödé line of text\n", 20_000))) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_what_File_ReadAllText_reads(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name + ".md");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
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
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
