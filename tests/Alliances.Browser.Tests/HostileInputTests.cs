using Alliances.Browser.Tests.Support;

namespace Alliances.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class HostileInputTests(SiteFixture site)
{
    [ChromiumFact]
    public async Task An_essay_with_hostile_front_matter_opens_no_dialog_on_any_page()
    {
        var page = await site.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        foreach (var path in new[] { "essays/hostile/", "", "topics/diplomacy/", "search/?q=script" })
        {
            await page.GotoAsync(site.HostileUrl + path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }

        Assert.Empty(dialogs);
        await page.GotoAsync(site.HostileUrl + "essays/hostile/");
        Assert.StartsWith(SiteFixture.HostileTitle, await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(SiteFixture.HostileTitle, (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.Context.CloseAsync();
    }
}
