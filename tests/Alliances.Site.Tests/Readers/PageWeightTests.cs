using System.Text;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Readers;

public sealed class PageWeightTests
{
    /// <summary>
    /// An essay page's HTML plus the stylesheet stays under 34 KB uncompressed, and under 14 KB as
    /// gzip sends them (what a reader downloads: about the first round trip of a new connection).
    /// The budget was 30 KB until right-to-left support (`dir="auto"` on every text block, the
    /// stylesheet's Arabic-script rules: 31.1 KB for the longest essay), then 32 KB until translations
    /// and social cards (the language switcher's and search's styles, 0.8 KB; the card's og:image and
    /// twitter meta, JSON-LD inLanguage and the notes' labels, 1.2 KB on the longest essay: 33.1 KB).
    /// </summary>
    [Fact]
    public void Every_real_essay_page_with_its_stylesheet_weighs_under_34_KB_and_14_KB_gzipped()
    {
        using var site = TempSite.FromRepository();
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var cssBytes = File.ReadAllBytes(Path.Combine(site.Output, "assets", "style.css"));
        var css = cssBytes.Length;
        var cssGzip = Gzipped(cssBytes);
        var pages = Directory.GetDirectories(Path.Combine(site.Output, "essays"));
        Assert.NotEmpty(pages);
        var report = new StringBuilder();
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(page, "index.html"));
            var html = bytes.Length;
            var gzip = Gzipped(bytes);
            report.AppendLine($"{Path.GetFileName(page)}: {html} + {css} = {html + css} bytes; gzipped {gzip} + {cssGzip} = {gzip + cssGzip}");
            Assert.True(html + css < 34 * 1024, report.ToString());
            Assert.True(gzip + cssGzip < 14 * 1024, report.ToString());
        }
    }

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}
