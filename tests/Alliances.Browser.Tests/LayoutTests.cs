using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [ChromiumFact]
    public async Task Pages_at_375_and_1280_pixels_in_light_and_dark_never_scroll_sideways()
    {
        Directory.CreateDirectory(SiteFixture.ScreenshotFolder);
        var overflowing = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var page = await site.NewPageAsync(width, 800, scheme);
                foreach (var path in AccessibilityTests.PageKinds)
                {
                    await page.GotoAsync(site.SiteUrl + path);
                    if (path.StartsWith("search/", StringComparison.Ordinal))
                    {
                        await page.Locator("#search-results li").First.WaitForAsync();
                    }

                    var name = (path.Split('/', '?')[0] is { Length: > 0 } kind ? kind : "home") + $"-{width}-{scheme.ToString().ToLowerInvariant()}.png";
                    await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotFolder, name), FullPage = true });
                    var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, innerWidth]");
                    if (widths[0] > widths[1])
                    {
                        overflowing.Add($"{name}: scrollWidth {widths[0]} > {widths[1]}");
                    }
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }
}
