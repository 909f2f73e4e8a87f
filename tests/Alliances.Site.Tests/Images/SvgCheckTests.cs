using System.Text;
using Alliances.Site.Images;

namespace Alliances.Site.Tests.Images;

public sealed class SvgCheckTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"400\" height=\"300\">";

    private static (int Width, int Height, string? Problem) Inspect(string svg) => SvgCheck.Inspect(new MemoryStream(Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<rect onclick=\"alert(1)\" width=\"1\" height=\"1\"/>", "event handler")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "foreignObject")]
    [InlineData("<image href=\"https://example.org/a.png\" width=\"1\" height=\"1\"/>", "another file or host")]
    [InlineData("<use xlink:href=\"other.svg#a\"/>", "another file or host")]
    [InlineData("<rect fill=\"url(https://example.org/p.svg#g)\" width=\"1\" height=\"1\"/>", "another file or host")]
    [InlineData("<style>@import url(https://example.org/a.css);</style>", "<style>")]
    [InlineData("<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>", "animates a link")]
    public void An_svg_that_could_run_script_or_load_from_elsewhere_is_refused_with_its_line(string inner, string expected)
    {
        var (_, _, problem) = Inspect(Open + "\n" + inner + "\n</svg>");

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains("line 2 of the SVG", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_drawing_with_internal_references_passes_with_its_size()
    {
        var svg = Open + "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"10\" height=\"10\"/><use href=\"#g\"/><style>rect { fill: url('#g') }</style></svg>";

        Assert.Equal((400, 300, null), Inspect(svg));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 60\"/>", 120, 60)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240px\" viewBox=\"0 0 120 60\"/>", 240, 120)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"50\" viewBox=\"0 0 200 100\"/>", 100, 50)]
    public void Its_size_comes_from_width_and_height_or_the_view_box(string svg, int width, int height)
    {
        Assert.Equal((width, height, null), Inspect(svg));
    }

    [Fact]
    public void A_doctype_is_refused_so_no_entity_is_ever_expanded()
    {
        var (_, _, problem) = Inspect("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + Open + "&a;</svg>");

        Assert.NotNull(problem);
        Assert.StartsWith("is not well-formed XML", problem, StringComparison.Ordinal);
    }
}
