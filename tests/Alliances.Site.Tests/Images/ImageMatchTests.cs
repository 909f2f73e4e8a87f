using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Rendering;
using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;
using Markdig;

namespace Alliances.Site.Tests.Images;

/// <summary>
/// Each image's use (its file, URL and description) is decided once, at load, and kept on its syntax
/// node; a tree parsed again from the text gets the uses back by the one walk both share
/// (<see cref="EssayImages.Attach"/>). Every image here has a file and description of its own, among
/// links, autolinks, images inside links and links inside descriptions, so an image given another's
/// use would show as a description beside the wrong file, in whichever form its body renders from.
/// </summary>
public class ImageMatchTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private const string Body = """
        # Pictures, [linked](../other.md)

        Text <https://a.example/> then ![pic 0](p0.svg) and [a link](../other.md).

        ![pic 1 with [a link](../other.md) inside](p1.svg) ![decorative](p2.svg) [![pic 3](p3.svg)](../other.md)

        | ![pic 4](p4.svg) | <x@example.org> |
        |---|---|
        | [t](../other.md) | ![pic 5](../../images/p5.svg "Five") |

        - ![pic 6][six] and <https://b.example/>
        - ![pic 7](p7.svg)

        [six]: p6.svg

        """;

    private static readonly int[] BundleImages = [0, 1, 2, 3, 4, 6, 7];

    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>";

    [Fact]
    public void Each_image_keeps_its_own_file_and_description_in_a_kept_tree_a_tree_parsed_again_and_a_body_rendered_at_load()
    {
        using var site = TempSite.WithFiles(
        [
            ("content/essays/pics/index.md", "---\ntitle: Pictures\ndate: 2024-05-01\nsummary: S.\ntopics: [intelligence]\n---\n\n" + Body),
            ("content/essays/unsafe/index.md", "---\ntitle: Unsafe\ndate: 2024-05-01\nsummary: S.\ntopics: [intelligence]\n---\n\n" + Body.Replace("Text <", "![bad](javascript:x) [bad too](javascript:y) <", StringComparison.Ordinal)),
            ("content/essays/other.md", "---\ntitle: Other\ndate: 2024-05-01\nsummary: S.\ntopics: [intelligence]\n---\n\nText.\n"),
            ("content/images/p5.svg", Svg),
            .. BundleImages.Select(i => ($"content/essays/pics/p{i}.svg", Svg)),
            .. BundleImages.Select(i => ($"content/essays/unsafe/p{i}.svg", Svg)),
        ]);
        var options = site.Options() with { GitDates = false };

        var kept = Pictures(options, "pics", keep: true, prerenderer: null);
        var reparsed = Pictures(options, "pics", keep: false, prerenderer: null);
        var prerendered = Pictures(options, "pics", keep: false, prerenderer: new BodyPrerenderer(Pipeline));

        Assert.Equal(BodyForm.Tree, kept.Form);
        Assert.Equal(BodyForm.Text, reparsed.Form);
        Assert.Equal(BodyForm.Prerendered, prerendered.Form);
        Assert.Equal(8, kept.Images.Count);
        using var bodies = new BodyRenderer(Pipeline);
        var expected = bodies.Render(kept, BodyLabels.English)!.Html;
        Assert.Equal(
            [("pic 0", "p0.svg"), ("pic 1 with a link inside", "p1.svg"), ("", "p2.svg"), ("pic 3", "p3.svg"), ("pic 4", "p4.svg"),
             ("pic 5", "../../images/p5.svg"), ("pic 6", "p6.svg"), ("pic 7", "p7.svg")],
            Images(expected));
        Assert.Equal(expected, bodies.Render(reparsed, BodyLabels.English)!.Html);
        Assert.Equal(expected, bodies.Render(prerendered, BodyLabels.English)!.Html);

        // An image the load phase leaves to the link phase (one that could run script, removed) has no
        // use: the uses after it still find their own nodes. Such a body is parsed again to render.
        var unsafeKept = Pictures(options, "unsafe", keep: true, prerenderer: null);
        var unsafeReparsed = Pictures(options, "unsafe", keep: false, prerenderer: new BodyPrerenderer(Pipeline));
        Assert.Equal(BodyForm.Text, unsafeReparsed.Form);
        var unsafeExpected = bodies.Render(unsafeKept, BodyLabels.English)!.Html;
        Assert.Equal(Images(expected), Images(unsafeExpected));
        Assert.Equal(unsafeExpected, bodies.Render(unsafeReparsed, BodyLabels.English)!.Html);
    }

    /// <summary>The pictures essay's body, loaded and linked with the site as a build or the preview holds it.</summary>
    private static MarkdownContent Pictures(BuildOptions options, string slug, bool keep, BodyPrerenderer? prerenderer)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options, Pipeline, diagnostics, prerenderer);
        if (keep)
        {
            content = content with
            {
                Essays = [.. content.Essays.Select(e => EssayReader.Read(ContentLoader.ReadFile(options, e.Source.RelativePath, diagnostics)!, Pipeline, diagnostics, images: new ImageCatalog(options.ContentDirectory)))],
            };
        }

        SiteLinker.Link(content, options, diagnostics);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
        return content.Essays.Single(e => e.Slug == slug).Body;
    }

    private static IEnumerable<(string Alt, string Src)> Images(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("img").Select(i => (i.GetAttribute("alt") ?? "?", i.GetAttribute("src") ?? "?"));
}
