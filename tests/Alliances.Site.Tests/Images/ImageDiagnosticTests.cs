using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Images;

public sealed class ImageDiagnosticTests
{
    private const string FrontMatter = "---\ntitle: Pictured\ndate: 2026-01-05\nsummary: An essay.\ntopics: [intelligence]\n---\n\n";
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>";

    private static List<string> Check(string body, params (string Path, string Text)[] files)
    {
        using var site = TempSite.WithFiles([("content/essays/pics/index.md", FrontMatter + body), .. files]);
        return [.. SiteBuilder.Check(site.Options()).Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Message}")];
    }

    [Fact]
    public void A_misspelt_image_suggests_the_nearest_file_relative_to_the_essay()
    {
        var problems = Check("![A map](mpa.svg) and ![A chart](../../images/chrat.svg)\n",
            ("content/essays/pics/map.svg", Svg), ("content/images/chart.svg", Svg));

        Assert.Equal(
        [
            "8:1 ALL210 the image 'mpa.svg' points at 'essays/pics/mpa.svg', which does not exist; did you mean `map.svg`?",
            "8:23 ALL210 the image '../../images/chrat.svg' points at 'images/chrat.svg', which does not exist; did you mean `../../images/chart.svg`?",
        ], problems);
    }

    [Fact]
    public void An_image_without_a_description_names_the_decorative_marker()
    {
        var problem = Assert.Single(Check("![](map.svg)\n", ("content/essays/pics/map.svg", Svg)));

        Assert.Equal("8:1 ALL211 the image 'map.svg' has no description; write what it shows between the brackets, `![A map of the member states](map.svg)`, or `![decorative](map.svg)` if it only decorates", problem);
    }

    [Fact]
    public void A_page_link_written_as_an_image_says_to_drop_the_bang()
    {
        var problem = Assert.Single(Check("![Other](../other.md)\n"));

        Assert.Contains("ALL212", problem, StringComparison.Ordinal);
        Assert.Contains("without the `!`", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_with_script_is_refused_naming_the_line_inside_the_svg()
    {
        var problem = Assert.Single(Check("![A chart](chart.svg)\n", ("content/essays/pics/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\">\n<rect onload=\"alert(1)\"/></svg>")));

        Assert.Equal("8:1 ALL214 the image 'essays/pics/chart.svg' has an event handler (onload on <rect>); remove it (line 2 of the SVG)", problem);
    }
}
