using Alliances.Browser.Tests.Support;

namespace Alliances.Browser.Tests;

/// <summary>On a phone the essay comes first: its text on the first screen, contents and topics one tap away.</summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneReadingTests(SiteFixture site)
{
    private static readonly string[] Essays =
    [
        "essays/international-alliances-as-a-pillar-of-strength/",
        "essays/security-alliances-in-foreign-diplomatic-relations/",
        "essays/strategic-alliance-partnerships-and-security/",
    ];

    [ChromiumFact]
    public async Task At_360_by_780_the_first_paragraph_of_every_essay_starts_on_the_first_screen()
    {
        var page = await site.NewPageAsync(width: 360, height: 780);
        var report = new List<string>();
        foreach (var path in Essays)
        {
            await page.GotoAsync(site.SiteUrl + path);
            var top = await page.Locator("#content > p").First.EvaluateAsync<double>("p => p.getBoundingClientRect().top + scrollY");
            report.Add($"{path}: first paragraph at y = {top:F0}");
            Assert.True(top + 48 < 780, string.Join("\n", report));
        }

        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Contents_and_topics_are_one_tap_away_on_a_phone_and_shown_on_a_wide_screen()
    {
        var phone = await site.NewPageAsync(width: 360, height: 780);
        await phone.GotoAsync(site.SiteUrl + Essays[0]);
        var toc = phone.Locator(".toc a").First;
        Assert.False(await toc.IsVisibleAsync());
        await phone.Locator(".essay-guide > summary").ClickAsync();
        Assert.True(await toc.IsVisibleAsync());
        Assert.True(await phone.Locator(".essay-topics .passages a").First.IsVisibleAsync());
        await phone.Context.CloseAsync();

        var wide = await site.NewPageAsync(width: 1280, height: 900);
        await wide.GotoAsync(site.SiteUrl + Essays[0]);
        Assert.True(await wide.Locator(".toc a").First.IsVisibleAsync());
        Assert.True(await wide.Locator(".essay-topics .passages a").First.IsVisibleAsync());
        Assert.False(await wide.Locator(".essay-guide > summary").IsVisibleAsync());
        await wide.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_skip_link_is_the_first_tab_stop_and_lands_on_the_essay_text()
    {
        var page = await site.NewPageAsync(width: 360, height: 780);
        await page.GotoAsync(site.SiteUrl + Essays[1]);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('prose')"));

        // The next tab stop is inside the essay text or after it, not back in the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("!document.activeElement.closest('header, nav.breadcrumbs, .essay-guide')"));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Every_link_on_an_essay_page_at_360_pixels_is_a_24_pixel_target_or_inline_in_text()
    {
        var page = await site.NewPageAsync(width: 360, height: 780);
        await page.GotoAsync(site.SiteUrl + Essays[0]);
        await page.Locator(".essay-guide > summary").ClickAsync();
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll("a, summary, button, input")]
              .filter(e => e.offsetParent !== null && !e.closest("p, li > p, td, .skip-link"))
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.height < 24 || r.width < 24)
              .map(([e, r]) => `${e.outerHTML.slice(0, 80)}: ${r.width.toFixed(0)}x${r.height.toFixed(0)}`)
            """);
        Assert.True(small.Length == 0, string.Join("\n", small));
        await page.Context.CloseAsync();
    }
}
