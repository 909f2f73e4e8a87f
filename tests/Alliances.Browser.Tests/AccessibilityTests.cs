using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static readonly string[] PageKinds =
    [
        "", // home
        "page/2/", // a later page of the home list
        "essays/international-alliances-as-a-pillar-of-strength/",
        "topics/intelligence/",
        "topics/intelligence/page/2/",
        "archive/",
        "search/?q=alliance",
        "no-such-page/", // 404
    ];

    [ChromiumFact]
    public async Task Every_page_kind_has_no_wcag_2_2_aa_axe_violations_light_and_dark_at_1280_and_360_pixels()
    {
        var failures = new List<string>();
        foreach (var (width, scheme) in new[] { (1280, ColorScheme.Light), (1280, ColorScheme.Dark), (360, ColorScheme.Light), (360, ColorScheme.Dark) })
        {
            var page = await site.NewPageAsync(width: width, height: 780, scheme: scheme);
            foreach (var path in PageKinds)
            {
                await page.GotoAsync(site.SiteUrl + path);
                if (path.StartsWith("search/", StringComparison.Ordinal))
                {
                    await page.Locator("#search-results li mark").First.WaitForAsync();
                }

                failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{width} {scheme} /{path}: {v}"));
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [ChromiumFact]
    public async Task Axe_check_reports_a_violation_when_there_is_one()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=en><title>t</title><main><img src=x.png></main></html>");
        Assert.Contains(await Axe.ViolationsAsync(page), v => v.Id == "image-alt" && v.Targets.Any(t => t.Contains("img", StringComparison.Ordinal)));
        await page.SetContentAsync("<!doctype html><html lang=en><title>t</title><main><h1>t</h1><p><button style='width:12px;height:12px'></button><button style='width:12px;height:12px'>b</button></p></main></html>");
        Assert.Contains(await Axe.ViolationsAsync(page), v => v.Id == "target-size");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_wide_table_scrolls_in_a_focusable_region_on_a_small_screen()
    {
        var page = await site.NewPageAsync(width: 320, height: 700);
        await page.GotoAsync(site.HostileUrl + "essays/hostile/");
        var region = page.Locator(".table-wrap");
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= innerWidth"));
        Assert.DoesNotContain(await Axe.ViolationsAsync(page), v => v.Id == "scrollable-region-focusable");
        await page.Context.CloseAsync();
    }
}
