using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Images;

/// <summary>The bundle site, built once for the tests that only read its output.</summary>
public sealed class BuiltImageSite : IDisposable
{
    public BuiltImageSite()
    {
        Site = EssayImageTests.BundleSite();
        Result = Site.Build();
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class EssayImageTests(BuiltImageSite built) : IClassFixture<BuiltImageSite>
{
    private const string Essay = "---\ntitle: Five Eyes in pictures\ndate: 2026-01-05\nsummary: The alliance, drawn.\ntopics: [intelligence]\n---\n\n" +
        "The alliance spans five countries.\n\n" +
        "![Map of the members](map.png \"The five members in 1955\")\n\n" +
        "A station ![A listening station](photo.jpg) in the text.\n\n" +
        "![decorative](../../images/rule.png)\n";

    internal static TempSite BundleSite()
    {
        var site = TempSite.WithFiles(("content/essays/five-eyes/index.md", Essay));
        TestImages.Write(Path.Combine(site.Content, "essays/five-eyes/map.png"), TestImages.Png(2000, 1000));
        TestImages.Write(Path.Combine(site.Content, "essays/five-eyes/photo.jpg"), TestImages.Jpeg(1000, 750));
        TestImages.Write(Path.Combine(site.Content, "images/rule.png"), TestImages.Png(300, 10));
        return site;
    }

    [Fact]
    public void A_bundle_publishes_its_images_beside_the_page_with_resized_webp_copies()
    {
        var (site, result) = (built.Site, built.Result);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        string[] expected =
        [
            "essays/five-eyes/map.png", "essays/five-eyes/map-640w.webp", "essays/five-eyes/map-1280w.webp", "essays/five-eyes/map-1920w.webp",
            "essays/five-eyes/photo.jpg", "essays/five-eyes/photo-640w.webp", "essays/five-eyes/photo-1000w.webp",
            "images/rule.png", "images/rule-300w.webp",
        ];
        Assert.All(expected, path => Assert.Contains(path, result.Paths));
        var copy = TestImages.Measure(File.ReadAllBytes(Path.Combine(site.Output, "essays/five-eyes/map-1280w.webp")));
        Assert.Equal((1280, 640, SkiaSharp.SKEncodedImageFormat.Webp), copy);
        Assert.DoesNotContain(result.Paths, p => p.Contains("photo-1280w", StringComparison.Ordinal)); // never upscaled
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Content, "essays/five-eyes/map.png")), File.ReadAllBytes(Path.Combine(site.Output, "essays/five-eyes/map.png")));
    }

    [Fact]
    public void An_image_after_a_link_removed_as_unsafe_keeps_its_place_and_the_links_around_it_theirs()
    {
        // Such a body is parsed again to render (it loses a link); its images were put back after the
        // removal shifted the links, and the build failed with an internal error (ALL999).
        using var site = TempSite.WithFiles(("content/essays/five-eyes/index.md", Essay.Replace(
            "The alliance spans five countries.", "A [bad link](javascript:alert(1)), [a good one](https://example.org/) and ![A map](map.png).", StringComparison.Ordinal)));
        TestImages.Write(Path.Combine(site.Content, "essays/five-eyes/map.png"), TestImages.Png(200, 100));
        TestImages.Write(Path.Combine(site.Content, "essays/five-eyes/photo.jpg"), TestImages.Jpeg(100, 75));
        TestImages.Write(Path.Combine(site.Content, "images/rule.png"), TestImages.Png(30, 10));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var first = new HtmlParser().ParseDocument(site.ReadOutput("essays/five-eyes/index.html")).QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("A bad", StringComparison.Ordinal));
        Assert.Equal("A bad link, a good one and .", first.TextContent);
        Assert.Equal(["https://example.org/"], first.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(("map.png", "A map"), (first.QuerySelector("img")!.GetAttribute("src"), first.QuerySelector("img")!.GetAttribute("alt")));
    }

    [Fact]
    public void Every_image_has_its_size_copies_and_description_and_only_the_first_loads_at_once()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded, string.Join('\n', built.Result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/five-eyes/index.html"));
        var images = page.QuerySelectorAll("main img").ToList();

        Assert.Equal(3, images.Count);
        Assert.All(images, img =>
        {
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
            Assert.NotNull(img.GetAttribute("srcset"));
            Assert.NotNull(img.GetAttribute("alt"));
        });
        Assert.Equal(["map.png", "photo.jpg", "../../images/rule.png"], images.Select(i => i.GetAttribute("src")));
        Assert.Equal("map-640w.webp 640w, map-1280w.webp 1280w, map-1920w.webp 1920w", images[0].GetAttribute("srcset"));
        Assert.Equal(["2000", "1000", "300"], images.Select(i => i.GetAttribute("width")));
        Assert.Equal(["1000", "750", "10"], images.Select(i => i.GetAttribute("height")));
        Assert.Equal(["Map of the members", "A listening station", ""], images.Select(i => i.GetAttribute("alt")));
        Assert.Equal([null, "lazy", "lazy"], images.Select(i => i.GetAttribute("loading")));
        Assert.Equal([null, "async", "async"], images.Select(i => i.GetAttribute("decoding")));
    }

    [Fact]
    public void A_titled_image_alone_in_its_paragraph_is_a_figure_with_its_title_as_caption()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded, string.Join('\n', built.Result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/five-eyes/index.html"));
        var figure = Assert.Single(page.QuerySelectorAll("main figure"));

        Assert.Equal("map.png", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("The five members in 1955", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Null(figure.QuerySelector("img")!.GetAttribute("title"));
    }

    [Fact]
    public void The_first_image_is_the_pages_absolute_og_image_and_its_json_ld_image()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded, string.Join('\n', built.Result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/five-eyes/index.html"));
        const string url = "https://example.org/alliances/essays/five-eyes/map-1920w.webp";

        Assert.Equal(url, page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("Map of the members", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(url, jsonLd.RootElement.GetProperty("image").GetString());
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Null(home.QuerySelector("meta[property='og:image']"));
    }

    [Fact]
    public void A_rebuild_with_no_change_encodes_no_image_and_gives_the_same_bytes()
    {
        using var site = BundleSite();
        var first = site.Build();
        var before = TempSite.Manifest(site.Output);

        var second = site.Build();

        Assert.Equal(3, first.ImagesEncoded);
        Assert.Equal(0, second.ImagesEncoded);
        Assert.Equal(3, second.ImagesReused);
        Assert.Equal(before, TempSite.Manifest(site.Output));
    }

    [Fact]
    public void Changing_an_image_encodes_that_image_alone_again()
    {
        using var site = BundleSite();
        site.Build();

        TestImages.Write(Path.Combine(site.Content, "essays/five-eyes/photo.jpg"), TestImages.Jpeg(800, 800));
        var result = site.Build();

        Assert.Equal(1, result.ImagesEncoded);
        Assert.Contains("width=\"800\" height=\"800\"", site.ReadOutput("essays/five-eyes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_carry_the_images_and_their_copies_at_absolute_addresses()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded, string.Join('\n', built.Result.Diagnostics));

        var feed = System.Xml.Linq.XDocument.Parse(site.ReadOutput("feed.xml"));
        var content = feed.Descendants().Single(e => e.Name.LocalName == "content");
        var img = new HtmlParser().ParseDocument(content.Value).QuerySelector("img")!;

        Assert.Equal("https://example.org/alliances/essays/five-eyes/map.png", img.GetAttribute("src"));
        Assert.Equal("https://example.org/alliances/essays/five-eyes/map-640w.webp 640w, https://example.org/alliances/essays/five-eyes/map-1280w.webp 1280w, "
            + "https://example.org/alliances/essays/five-eyes/map-1920w.webp 1920w", img.GetAttribute("srcset"));
    }

    [Fact]
    public void A_folder_essay_takes_its_slug_from_the_folder()
    {
        Assert.Equal("five-eyes", Assert.Single(built.Result.Site!.Essays).Essay.Slug);
    }
}
