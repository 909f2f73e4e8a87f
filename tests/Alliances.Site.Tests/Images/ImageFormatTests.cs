using System.Buffers.Binary;
using Alliances.Site.Images;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Images;

public sealed class ImageFormatTests
{
    [Theory]
    [InlineData(2000, new[] { 640, 1280, 1920 })]
    [InlineData(1920, new[] { 640, 1280, 1920 })]
    [InlineData(1000, new[] { 640, 1000 })]
    [InlineData(640, new[] { 640 })]
    [InlineData(300, new[] { 300 })]
    public void Copies_are_never_wider_than_the_original(int width, int[] expected)
    {
        Assert.Equal(expected, ImageVariants.Widths(width));
    }

    [Fact]
    public void Formats_are_told_by_their_bytes_not_their_names()
    {
        Assert.Equal(ImageFormat.Png, ImageFormats.Sniff(TestImages.Png(4, 4)));
        Assert.Equal(ImageFormat.Jpeg, ImageFormats.Sniff(TestImages.Jpeg(4, 4)));
        Assert.Equal(ImageFormat.Gif, ImageFormats.Sniff("GIF89a\x01\x00"u8));
        Assert.Equal(ImageFormat.WebP, ImageFormats.Sniff("RIFF\0\0\0\0WEBPVP8 "u8));
        Assert.Equal(ImageFormat.Avif, ImageFormats.Sniff(Avif(640, 480)));
        Assert.Null(ImageFormats.Sniff("<html>not an image</html>"u8));
    }

    [Fact]
    public void An_avif_files_size_is_read_from_its_ispe_box()
    {
        Assert.Equal((640, 480), AvifBox.Size(Avif(640, 480)));
    }

    /// <summary>The boxes of an AVIF's header: `ftyp` (brand avif), `meta` › `iprp` › `ipco` › `ispe`.</summary>
    internal static byte[] Avif(int width, int height)
    {
        var ispe = Box("ispe", [.. new byte[4], .. BigEndian(width), .. BigEndian(height)]);
        var meta = Box("meta", [.. new byte[4], .. Box("hdlr", new byte[24]), .. Box("iprp", Box("ipco", ispe))]);
        return [.. Box("ftyp", [.. "avif"u8, .. new byte[4], .. "mif1"u8, .. "avif"u8]), .. meta];
    }

    private static byte[] Box(string type, byte[] body) => [.. BigEndian(body.Length + 8), .. System.Text.Encoding.ASCII.GetBytes(type), .. body];

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
