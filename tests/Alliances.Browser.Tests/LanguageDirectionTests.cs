using System.Text.Json;
using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;
using SkiaSharp;

namespace Alliances.Browser.Tests;

/// <summary>
/// Pages in Arabic, Persian, Urdu and Turkish, and an English essay with an Arabic section, as their
/// readers see them in Chromium (<see cref="LanguagesSiteFixture"/>): language and direction, text
/// that lays out by its own script, upright Arabic quotes, and no axe violation.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageDirectionTests(SiteFixture browser, LanguagesSiteFixture site)
{
    /// <summary>Full-page screenshots of every page, per width and colour scheme (kept as CI artifacts).</summary>
    public static string Screenshots => Path.Combine(SiteFixture.ScreenshotFolder, "languages");

    // A text block's content box, its line boxes and where its last visible character sits.
    private const string Geometry = """
        e => {
          const cs = getComputedStyle(e), box = e.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(e);
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          let last = null;
          for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.data.trim()) last = t;
          const end = last.data.trimEnd().length, stop = document.createRange();
          stop.setStart(last, end - 1);
          stop.setEnd(last, end);
          const r = stop.getBoundingClientRect();
          return JSON.stringify({
            direction: cs.direction,
            left: box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth),
            right: box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth),
            lines: [...range.getClientRects()].filter(q => q.width > 0).map(q => ({ left: q.left, right: q.right, top: Math.round(q.top) })),
            stop: { left: r.left, right: r.right, top: Math.round(r.top) },
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [ChromiumFact]
    public async Task Every_page_has_its_language_and_direction_and_no_axe_violation_light_and_dark_at_360_and_1280_pixels()
    {
        Directory.CreateDirectory(Screenshots);
        var pages = LanguagesSiteFixture.Essays.Append(("", "en", "ltr")).ToList();
        var failures = new List<string>();
        foreach (var (width, scheme) in new[] { (360, ColorScheme.Light), (360, ColorScheme.Dark), (1280, ColorScheme.Light), (1280, ColorScheme.Dark) })
        {
            var page = await browser.NewPageAsync(width: width, height: 780, scheme: scheme);
            foreach (var (path, lang, dir) in pages)
            {
                await page.GotoAsync(site.SiteUrl + path);
                Assert.Equal([lang, dir], await page.EvaluateAsync<string[]>("[document.documentElement.lang, document.documentElement.dir]"));
                // The notes' heading is the page's own word, and a note's text is in its paragraphs (dir=auto).
                var blocks = await page.EvaluateAsync<string[]>(
                    "[...document.querySelectorAll('article .prose :is(p, h2, h3, li, blockquote):not(.footnotes > h2, .footnotes li)')].filter(e => e.getAttribute('dir') !== 'auto').map(e => e.outerHTML.slice(0, 80))");
                Assert.True(blocks.Length == 0, $"/{path} essay text blocks without dir=auto:\n" + string.Join("\n", blocks));
                Assert.True(path.Length == 0 || await page.Locator("article .prose [dir=auto]").CountAsync() >= 5, $"/{path} has no essay text");
                failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{width} {scheme} /{path}: {v}"));
                var name = (path.Length > 0 ? path.Split('/')[^2] : "home") + $"-{width}-{scheme.ToString().ToLowerInvariant()}.png";
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name), FullPage = true });
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(pages.Count * 4, Directory.GetFiles(Screenshots, "*.png").Length);
    }

    [ChromiumTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_arabic_section_of_an_english_essay_runs_right_to_left_with_its_list_markers_on_the_right(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 780);
        await page.GotoAsync(site.SiteUrl + "essays/english/");
        var section = page.Locator(".prose [lang=ar]");
        Assert.Equal(6, await section.CountAsync()); // heading, three paragraphs, list, quote: each marked {lang=ar}

        // Every line of an Arabic paragraph ends at the column's right edge; a short one stops well
        // short of its left edge; and the closing punctuation is the leftmost thing on its line.
        foreach (var paragraph in await page.Locator(".prose p[lang=ar]").AllAsync())
        {
            var text = await Measure(paragraph);
            Assert.Equal("rtl", text.Direction);
            Assert.All(text.LineBoxes(), line => Assert.Equal(text.Right, line.Right, 1.5));
            Assert.Equal(text.LineOfStop().Left, text.Stop.Left, 1.5);
        }

        var oneLine = await Measure(page.Locator(".prose p[lang=ar]", new() { HasTextString = "ما يلي" }));
        Assert.Single(oneLine.LineBoxes());
        Assert.True(oneLine.LineBoxes()[0].Left > oneLine.Left + 40, $"a one-line Arabic paragraph starts at the left edge: {oneLine.LineBoxes()[0].Left} vs {oneLine.Left}");

        // The English paragraphs around it still run left to right.
        Assert.Equal("ltr", (await Measure(page.Locator(".prose p", new() { HasTextString = "Officers from the Gulf" }))).Direction);

        // The list runs right to left as a whole: its padding, where the markers are drawn, is on the
        // right inside the column, and the bullets are there.
        var list = page.Locator(".prose ul[lang=ar]");
        await list.ScrollIntoViewIfNeededAsync(); // the screenshot's clip below is in the window's coordinates
        var box = await list.EvaluateAsync<double[]>(
            "u => { const s = getComputedStyle(u), b = u.getBoundingClientRect(), i = u.querySelector('li').getBoundingClientRect(); " +
            "return [s.direction === 'rtl' ? 1 : 0, parseFloat(s.paddingLeft), parseFloat(s.paddingRight), b.right, i.right, i.top, Math.min(i.height, 24)]; }");
        Assert.Equal(1, box[0]);
        Assert.Equal(0, box[1]);
        Assert.True(box[2] >= 12, $"the list's right padding is {box[2]} px: no room for its markers");
        Assert.True(box[3] <= width, "the list reaches past the window");
        Assert.True(await InkAsync(page, box[4], box[5], box[3] - box[4], box[6]) > 0, "no bullet drawn to the right of the first item");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Arabic_quotes_are_upright_while_an_english_quote_stays_italic()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "essays/english/");
        Assert.Equal(["normal", "normal"], await page.Locator(".prose blockquote[lang=ar]").EvaluateAsync<string[]>(
            "q => [getComputedStyle(q).fontStyle, getComputedStyle(q.querySelector('p')).fontStyle]"));
        Assert.Equal("italic", await page.Locator(".prose blockquote:not([lang])").EvaluateAsync<string>("q => getComputedStyle(q.querySelector('p')).fontStyle"));

        foreach (var path in new[] { "essays/arabic/", "essays/english/" })
        {
            await page.GotoAsync(site.SiteUrl + path);
            var quote = page.Locator(".prose blockquote", new() { HasTextString = "تعزيز ودعم" });
            Assert.Equal("normal", await quote.Locator("p").EvaluateAsync<string>("p => getComputedStyle(p).fontStyle"));
            Assert.Equal("rtl", await quote.EvaluateAsync<string>("q => getComputedStyle(q).direction"));
        }

        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Essay_cards_lay_out_each_title_and_summary_by_its_own_script()
    {
        var page = await browser.NewPageAsync(width: 360, height: 780);

        // The English home page lists the Arabic essay: its summary runs right to left, full stop on the left.
        await page.GotoAsync(site.SiteUrl);
        var arabic = await Measure(page.Locator(".entry", new() { HasTextString = "التعاون الأمني" }).Locator(".entry-summary"));
        Assert.Equal("rtl", arabic.Direction);
        Assert.Equal(arabic.LineOfStop().Left, arabic.Stop.Left, 1.5);

        // The Arabic essay lists the English one among its related essays: left to right, full stop on the right.
        await page.GotoAsync(site.SiteUrl + "essays/arabic/");
        var english = await Measure(page.Locator(".related .entry", new() { HasTextString = "Defense ties" }).Locator(".entry-summary"));
        Assert.Equal("ltr", english.Direction);
        Assert.Equal(english.LineOfStop().Right, english.Stop.Right, 1.5);
        Assert.All(english.LineBoxes(), line => Assert.Equal(english.Left, line.Left, 1.5));
        await page.Context.CloseAsync();
    }

    private static async Task<TextGeometry> Measure(ILocator block) =>
        JsonSerializer.Deserialize<TextGeometry>(await block.EvaluateAsync<string>(Geometry), Json)!;

    /// <summary>How many pixels of a screenshot of the area differ clearly from its first pixel (the background).</summary>
    private static async Task<int> InkAsync(IPage page, double x, double y, double width, double height)
    {
        var png = await page.ScreenshotAsync(new() { Clip = new() { X = (float)x, Y = (float)y, Width = (float)width, Height = (float)height } });
        using var bitmap = SKBitmap.Decode(png);
        var background = bitmap.GetPixel(0, 0);
        var ink = 0;
        for (var row = 0; row < bitmap.Height; row++)
        {
            for (var column = 0; column < bitmap.Width; column++)
            {
                var p = bitmap.GetPixel(column, row);
                if (Math.Abs(p.Red - background.Red) + Math.Abs(p.Green - background.Green) + Math.Abs(p.Blue - background.Blue) > 96)
                {
                    ink++;
                }
            }
        }

        return ink;
    }

    /// <summary>A block's content box (left, right), its text's boxes and its last character's box.</summary>
    private sealed record TextGeometry(string Direction, double Left, double Right, Line[] Lines, Line Stop)
    {
        /// <summary>One box per line: the text's boxes whose tops are within 4 px (digits in a fallback font sit a pixel off), joined.</summary>
        public Line[] LineBoxes()
        {
            var lines = new List<Line>();
            foreach (var box in Lines.OrderBy(l => l.Top))
            {
                if (lines.Count > 0 && box.Top - lines[^1].Top <= 4)
                {
                    lines[^1] = new Line(Math.Min(lines[^1].Left, box.Left), Math.Max(lines[^1].Right, box.Right), lines[^1].Top);
                }
                else
                {
                    lines.Add(box);
                }
            }

            return [.. lines];
        }

        public Line LineOfStop() => LineBoxes().Last(l => l.Top <= Stop.Top + 4);
    }

    private sealed record Line(double Left, double Right, int Top);
}
