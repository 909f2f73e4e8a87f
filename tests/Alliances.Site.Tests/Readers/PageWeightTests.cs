using System.Text;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Readers;

public sealed class PageWeightTests
{
    /// <summary>
    /// An essay page's HTML plus the stylesheet stays under 32 KB uncompressed. (The budget was 30 KB
    /// until right-to-left support: `dir="auto"` on every text block adds about 0.8 KB to the longest
    /// essay and the stylesheet's Arabic-script rules about 1 KB; the longest was 31.1 KB then.)
    /// </summary>
    [Fact]
    public void Every_real_essay_page_with_its_stylesheet_weighs_under_32_KB()
    {
        using var site = TempSite.FromRepository();
        Assert.True(site.Build().Succeeded);
        var css = new FileInfo(Path.Combine(site.Output, "assets", "style.css")).Length;
        var pages = Directory.GetDirectories(Path.Combine(site.Output, "essays"));
        Assert.NotEmpty(pages);
        var report = new StringBuilder();
        foreach (var page in pages)
        {
            var html = new FileInfo(Path.Combine(page, "index.html")).Length;
            report.AppendLine($"{Path.GetFileName(page)}: {html} + {css} = {html + css} bytes");
            Assert.True(html + css < 32 * 1024, report.ToString());
        }
    }
}
