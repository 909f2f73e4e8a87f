using Alliances.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static readonly string[] PageKinds =
    [
        "", // home
        "essays/international-alliances-as-a-pillar-of-strength/",
        "topics/intelligence/",
        "search/?q=alliance",
        "no-such-page/", // 404
    ];

    [ChromiumFact]
    public async Task Every_page_kind_has_no_axe_violations_in_light_and_dark_mode()
    {
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.NewPageAsync(scheme: scheme);
            foreach (var path in PageKinds)
            {
                await page.GotoAsync(site.SiteUrl + path);
                if (path.StartsWith("search/", StringComparison.Ordinal))
                {
                    await page.Locator("#search-results li mark").First.WaitForAsync();
                }

                var result = await page.RunAxe();
                failures.AddRange(result.Violations.Select(v =>
                    $"{scheme} /{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
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
        var result = await page.RunAxe();
        Assert.DoesNotContain(result.Violations, v => v.Id == "scrollable-region-focusable");
        await page.Context.CloseAsync();
    }
}
