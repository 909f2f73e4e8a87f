using System.Text.RegularExpressions;
using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class ReaderJourneyTests(SiteFixture site)
{
    [ChromiumFact]
    public async Task Reader_goes_home_to_topic_to_section_to_related_essay_and_on_to_neighbours()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.SiteUrl);
        Assert.Equal("Alliances", await page.TitleAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Topics" }).GetByRole(AriaRole.Link, new() { Name = "Intelligence" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alliances/topics/intelligence/$"));
        Assert.Equal("Intelligence", (await page.Locator("h1").TextContentAsync())?.Trim());

        // A passage link on the topic page lands on that section of the essay.
        var passage = page.Locator(".entries a[href*='#']").First;
        var href = await passage.GetAttributeAsync("href");
        Assert.NotNull(href);
        await passage.ClickAsync();

        // A web-first assertion, retried until the address is the essay's: WaitForURL, which then waits for
        // a load state, timed out now and then after the page had loaded ("Load" and "NetworkIdle" fired).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/essays/.*#"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Equal(href[(href.IndexOf('#') + 1)..], anchor);
        var target = page.Locator(":target");
        Assert.Equal(anchor, await target.GetAttributeAsync("id"));
        Assert.True(await target.IsVisibleAsync());
        Assert.True(await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"),
            "the section should be scrolled into view");

        // On to a related essay, then to its older or newer neighbour.
        var essayUrl = page.Url;
        var related = page.Locator("#related-label ~ .entries a").First;
        var relatedTitle = (await related.TextContentAsync())?.Trim();
        await related.ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("^" + Regex.Escape(essayUrl.Split('#')[0]) + "(#.*)?$"));
        Assert.NotEqual(essayUrl.Split('#')[0], page.Url.Split('#')[0]);
        Assert.Equal(relatedTitle, (await page.Locator("h1").TextContentAsync())?.Trim());

        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Older and newer essays" }).Locator("a").First;
        var pagerHref = await pager.GetAttributeAsync("href");
        var before = page.Url;
        await pager.ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(before);
        Assert.EndsWith(pagerHref!.TrimStart('.', '/'), page.Url);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Missing_page_shows_the_friendly_404_with_working_links()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.SiteUrl + "essays/no-such-essay/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the home page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.SiteUrl);
        await page.Context.CloseAsync();
    }
}
