using Alliances.Site.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SkiaSharp;

namespace Alliances.Site.Tests.Images.Cards;

/// <summary>A site of three essays, one English, one Arabic, one with its own image, built once.</summary>
public sealed class BuiltCardSite : IDisposable
{
    public BuiltCardSite()
    {
        Site = SocialCardSiteTests.CardSite();
        Result = Site.Build();
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class SocialCardSiteTests(BuiltCardSite built) : IClassFixture<BuiltCardSite>
{
    internal const string ArabicTitle = "التحالفات الأمنية";

    internal static TempSite CardSite(string siteYmlExtra = "")
    {
        var site = TempSite.WithFiles(
            ("content/essays/five-eyes.md", "---\ndate: 2026-01-05\nsummary: The alliance.\ntopics: [intelligence]\nauthors: [Ada Lovelace]\n---\n\n# The Five Eyes Agreement\n\nText.\n"),
            ("content/essays/arabic.md", $"---\ndate: 2026-01-06\nsummary: Alliances.\ntopics: [diplomacy]\nlang: ar\n---\n\n# {ArabicTitle}\n\nنص المقالة.\n"),
            ("content/essays/pictured/index.md", "---\ndate: 2026-01-07\nsummary: Drawn.\ntopics: [technology]\n---\n\n# Pictured\n\n![Map of the members](map.png)\n"));
        TestImages.Write(Path.Combine(site.Content, "essays/pictured/map.png"), TestImages.Png(1600, 800));
        if (siteYmlExtra.Length > 0)
        {
            File.AppendAllText(Path.Combine(site.Content, "site.yml"), siteYmlExtra);
        }

        return site;
    }

    [Theory]
    [InlineData("five-eyes", "The Five Eyes Agreement — Test")]
    [InlineData("arabic", ArabicTitle + " — Test")]
    public void An_essay_without_an_image_has_its_drawn_1200x630_card_as_absolute_og_image(string slug, string alt)
    {
        Assert.True(built.Result.Succeeded, string.Join('\n', built.Result.Diagnostics));
        var page = Page($"essays/{slug}/index.html");

        var url = Meta(page, "og:image");
        Assert.Equal($"https://example.org/alliances/cards/{slug}.png", url);
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("630", Meta(page, "og:image:height"));
        Assert.Equal(alt, Meta(page, "og:image:alt"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        var file = Path.Combine(built.Site.Output, new Uri(url!).AbsolutePath["/alliances/".Length..]);
        Assert.Equal((1200, 630, SKEncodedImageFormat.Png), TestImages.Measure(File.ReadAllBytes(file)));
    }

    [Fact]
    public void An_essay_with_its_own_image_keeps_it_and_gets_no_card()
    {
        var page = Page("essays/pictured/index.html");

        Assert.Equal("https://example.org/alliances/essays/pictured/map-1600w.webp", Meta(page, "og:image"));
        Assert.DoesNotContain("cards/pictured.png", built.Result.Paths);
        Assert.Equal(["cards/arabic.png", "cards/five-eyes.png"], built.Result.Paths.Where(p => p.StartsWith("cards/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_card_is_drawn_in_the_stylesheets_colours_with_its_title_in_ink()
    {
        using var card = Decode("cards/five-eyes.png");
        var background = card.GetPixel(600, 620);

        Assert.Equal(new SKColor(0xfb, 0xf8, 0xf3), background); // --bg of templates/assets/style.css
        Assert.Equal(new SKColor(0x0d, 0x5c, 0x4c), card.GetPixel(600, 5)); // --link, the top band
        var ink = CardPixels.Ink(card, background, top: 150, bottom: 505);
        Assert.True(ink.Count > 2000, $"only {ink.Count} pixels of the title are drawn");
        Assert.InRange(ink.MinX, 78, 95); // an English title starts at the left margin
    }

    [Fact]
    public void An_arabic_title_is_set_from_the_right_margin()
    {
        using var card = Decode("cards/arabic.png");
        var ink = CardPixels.Ink(card, card.GetPixel(600, 620), top: 150, bottom: 505);

        Assert.True(ink.Count > 2000, $"only {ink.Count} pixels of the title are drawn");
        Assert.InRange(ink.MaxX, 1100, 1130); // ends at the right margin (1120; a glyph may overhang its advance by a few pixels)
        Assert.True(ink.MinX > 500, $"a short right-to-left title reaches x = {ink.MinX}");
    }

    [Fact]
    public void Two_sites_built_from_nothing_draw_byte_identical_cards_and_a_rebuild_draws_none()
    {
        using var other = CardSite();
        var first = other.Build();
        var again = other.Build();

        Assert.Equal(2, first.CardsDrawn);
        Assert.Equal(File.ReadAllBytes(Path.Combine(built.Site.Output, "cards/arabic.png")), File.ReadAllBytes(Path.Combine(other.Output, "cards/arabic.png")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(built.Site.Output, "cards/five-eyes.png")), File.ReadAllBytes(Path.Combine(other.Output, "cards/five-eyes.png")));
        Assert.Equal((0, 2), (again.CardsDrawn, again.CardsReused));
        Assert.Equal(TempSite.Manifest(built.Site.Output), TempSite.Manifest(other.Output));
    }

    [Fact]
    public void Cards_can_be_turned_off_in_site_yml()
    {
        using var site = CardSite("social_cards: false\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("essays/five-eyes/index.html"));
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.DoesNotContain(result.Paths, p => p.StartsWith("cards/", StringComparison.Ordinal));
        Assert.Equal(0, result.CardsDrawn);
    }

    private IDocument Page(string path) => new HtmlParser().ParseDocument(built.Site.ReadOutput(path));

    private static string? Meta(IDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private SKBitmap Decode(string path) => SKBitmap.Decode(Path.Combine(built.Site.Output, path));
}
