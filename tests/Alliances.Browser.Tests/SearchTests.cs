using System.Text.RegularExpressions;
using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [ChromiumFact]
    public async Task Search_shows_ranked_results_with_the_sentence_highlighted_and_links_to_the_section()
    {
        var page = await site.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(request.Url);
        await page.GotoAsync(site.SiteUrl + "search/");
        Assert.DoesNotContain(fetched, u => u.Contains("/search/manifest.json", StringComparison.Ordinal));

        await page.Locator("#search-page-q").FillAsync("counter-terrorism");
        var first = page.Locator("#search-results li").First;
        await first.WaitForAsync();
        Assert.Contains(fetched, u => u.Contains("/search/manifest.json", StringComparison.Ordinal));
        Assert.Matches("match", await page.Locator("#search-status").TextContentAsync() ?? "");
        var marks = await first.Locator("mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.True(
            m.StartsWith("counter", StringComparison.OrdinalIgnoreCase) || m.StartsWith("terrorism", StringComparison.OrdinalIgnoreCase), m));

        var link = first.Locator("a");
        var href = await link.GetAttributeAsync("href");
        Assert.Contains("/alliances/essays/", href);
        Assert.Contains("#", href);
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(href!);
        var target = page.Locator(":target");
        Assert.True(await target.IsVisibleAsync());
        Assert.Contains("terror", (await target.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Header_form_submits_to_the_search_page_which_shows_results_for_q()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "topics/diplomacy/");
        await page.Locator("#search-q").FillAsync("intelligence sharing");
        await page.Locator("#search-q").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alliances/search/\\?q=intelligence\\+sharing$"));
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Equal("intelligence sharing", await page.Locator("#search-page-q").InputValueAsync());
        var titles = await page.Locator("#search-results .result-section").AllTextContentsAsync();
        Assert.Contains(titles, t => t.Contains("Intelligence", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Reader_searches_and_follows_a_result_with_the_keyboard_alone()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.SiteUrl);
        await TabUntil(page, "document.activeElement.id === 'search-q'");
        await page.Keyboard.TypeAsync("wartime");
        Assert.Equal("wartime", await page.Locator("#search-q").InputValueAsync());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alliances/search/\\?q=wartime$"));
        await page.Locator("#search-results li").First.WaitForAsync();

        await TabUntil(page, "!!document.activeElement.closest('#search-results')");
        var href = await page.EvaluateAsync<string>("document.activeElement.href");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(href);
        Assert.Contains("#", page.Url);
        Assert.True(await page.Locator(":target").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Result_list_carries_the_time_of_the_latest_search_only_once_it_has_rendered()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/?q=alliance");
        var list = page.Locator("#search-results");
        await Assertions.Expect(list).ToHaveAttributeAsync("data-ms", new Regex("^[0-9]+[.][0-9]$"));
        Assert.True(await list.Locator("li").CountAsync() > 0);

        await page.Locator("#search-page-q").FillAsync("a");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("Type a longer word to search.");
        Assert.Null(await list.GetAttributeAsync("data-ms"));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Search_page_without_javascript_says_so_and_lists_the_topics()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/?q=alliance");
        Assert.True(await page.GetByText("needs JavaScript").IsVisibleAsync());
        Assert.Equal(4, await page.Locator(".topic-grid li").CountAsync());
        await context.CloseAsync();
    }

    private static async Task TabUntil(IPage page, string condition)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached: " + condition);
    }
}
