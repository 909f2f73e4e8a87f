using System.Text.RegularExpressions;
using Alliances.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Alliances.Browser.Tests;

/// <summary>Search as readers of Arabic, Persian, Urdu, Turkish and English type it, on <see cref="LanguagesSiteFixture"/>'s site.</summary>
[Collection(BrowserTests.Name)]
public sealed class MultilingualSearchTests(SiteFixture browser, LanguagesSiteFixture site)
{
    public static TheoryData<string, string, string> Queries => new()
    {
        // query, the title of the essay that must be among the results, a word it must highlight as written
        { "İslam", "İslam İşbirliği Teşkilatı", "İslam" },
        { "islam", "İslam İşbirliği Teşkilatı", "İslam" },
        { "isbirligi", "İslam İşbirliği Teşkilatı", "İşbirliği" },
        { "تعد", "التعاون الأمني", "تُعدّ" },
        { "الأمن", "Defense ties", "الأمن" },
        { "أمن", "Defense ties", "الأمن" },
        { "پاكستان", "همکاری دفاعی", "پاکستان" },
        { "پاکستان", "دفاعی تعاون", "پاکستان" },
        { "inteligence", "Defense ties", "intelligence" },
        { "defence", "Defense ties", "defense" },
        { "U.S.", "Defense ties", "U.S" },
        { "united states", "Defense ties", "U.S" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Queries))]
    public async Task A_query_typed_as_readers_type_it_finds_the_essay_and_highlights_the_word_as_written(string query, string title, string mark)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/?q=" + Uri.EscapeDataString(query));
        // Every section of the essay that matches is a result (a word of its title matches them all):
        // the word as written is highlighted in the sections that hold it.
        var results = page.Locator("#search-results li").Filter(new() { Has = page.Locator(".result-title", new() { HasTextString = title }) });
        await results.First.WaitForAsync();
        Assert.Contains(mark, await results.Locator(".result-snippet mark").AllTextContentsAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumTheory]
    [InlineData("تُعدّ ")] // as written, with damma and shadda
    [InlineData("تعد")] // as people type it
    public async Task An_arabic_query_with_or_without_its_marks_does_not_match_a_different_word_that_shares_letters(string query)
    {
        // The Arabic essay says both تُعدّ ("is considered") and عدة ("several"), in different sections.
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/?q=" + Uri.EscapeDataString(query));
        await page.Locator("#search-results li").First.WaitForAsync();
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Equal(["تُعدّ"], marks.Distinct());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_misspelt_word_says_which_spelling_it_searched_for()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/?q=inteligence");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("Including close spellings: intelligence.");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task On_a_site_in_arabic_the_search_status_is_written_in_arabic()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.ArabicSiteUrl + "search/?q=" + Uri.EscapeDataString("الأمن"));
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex("^(قسمان يطابقان|[0-9]+ أقسام تطابق) «الأمن»؛ المعروض [0-9]+، أي الكل\\.$"));

        await page.Locator("#search-page-q").FillAsync("ب");
        await Assertions.Expect(status).ToHaveTextAsync("اكتب كلمة أطول للبحث.");
        await page.Locator("#search-page-q").FillAsync("كلمةغيرموجودة");
        await Assertions.Expect(status).ToHaveTextAsync("لا نتائج عن «كلمةغيرموجودة».");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "بحث" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_result_for_an_essay_with_an_arabic_file_name_opens_its_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.ArabicSiteUrl + "search/?q=" + Uri.EscapeDataString("فريدوحيد"));
        var link = page.Locator("#search-results a").First;
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new Regex("/ar/essays/%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%B4%D8%AA%D8%B1%D9%83/#"));
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الدفاع المشترك");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task More_results_shows_ten_more_moves_focus_to_the_first_new_one_and_announces_the_count()
    {
        var page = await browser.NewPageAsync();
        var documents = DocumentResponses(page);
        await page.GotoAsync(site.SiteUrl + "search/?q=partnership");
        var results = page.Locator("#search-results li");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync("45 sections match “partnership”; showing 10.");
        Assert.Equal(10, await results.CountAsync());
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        var more = page.GetByRole(AriaRole.Button, new() { Name = "More results" });
        await more.ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("45 sections match “partnership”; showing 20.");
        Assert.Equal(20, await results.CountAsync());
        Assert.Equal(await results.Nth(10).Locator("a").GetAttributeAsync("href"), await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));

        foreach (var shown in new[] { 30, 40 })
        {
            await more.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(status).ToHaveTextAsync($"45 sections match “partnership”; showing {shown}.");
        }

        await more.ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("45 sections match “partnership”; showing 45, all.");
        Assert.Equal(45, await results.CountAsync());
        Assert.False(await more.IsVisibleAsync());
        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"Filler essay {i}").Order(StringComparer.Ordinal), (await results.Locator(".result-title").AllTextContentsAsync()).Order(StringComparer.Ordinal));

        // The 50 essays' documents are in two shards (32 to a shard); the results of both were read
        // a part at a time, each essay's once, and no shard was sent whole.
        Assert.Contains(documents, r => r.Url.EndsWith("/search/d/0.json", StringComparison.Ordinal));
        Assert.Contains(documents, r => r.Url.EndsWith("/search/d/1.json", StringComparison.Ordinal));
        Assert.All(documents, r => Assert.Equal(206, r.Status));
        Assert.Equal(90, documents.Count);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task On_a_host_that_ignores_range_requests_search_reads_whole_shards_and_shows_every_result()
    {
        var page = await browser.NewPageAsync();
        await page.RouteAsync("**/search/d/**", async route =>
        {
            var headers = route.Request.Headers.Where(h => !h.Key.Equals("range", StringComparison.OrdinalIgnoreCase)).ToDictionary(h => h.Key, h => h.Value);
            await route.ContinueAsync(new() { Headers = headers });
        });
        var documents = DocumentResponses(page);
        await page.GotoAsync(site.SiteUrl + "search/?q=partnership");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync("45 sections match “partnership”; showing 10.");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "More results" });
        for (var shown = 20; shown <= 40; shown += 10)
        {
            await more.ClickAsync();
            await Assertions.Expect(status).ToHaveTextAsync($"45 sections match “partnership”; showing {shown}.");
        }

        await more.ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("45 sections match “partnership”; showing 45, all.");
        var results = page.Locator("#search-results li");
        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"Filler essay {i}").Order(StringComparer.Ordinal), (await results.Locator(".result-title").AllTextContentsAsync()).Order(StringComparer.Ordinal));
        Assert.Contains("partnership", await results.Last.Locator(".result-snippet mark").AllTextContentsAsync());
        Assert.NotEmpty(documents);
        Assert.All(documents, r => Assert.Equal(200, r.Status));
        await page.Context.CloseAsync();
    }

    /// <summary>The responses to requests for search documents (d/), as they arrive.</summary>
    private static List<IResponse> DocumentResponses(IPage page)
    {
        var responses = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/search/d/", StringComparison.Ordinal))
            {
                lock (responses)
                {
                    responses.Add(response);
                }
            }
        };
        return responses;
    }

    [ChromiumFact]
    public async Task The_query_is_kept_in_the_address_as_it_is_typed_and_Back_restores_the_previous_one()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.SiteUrl + "search/");
        var box = page.Locator("#search-page-q");
        await box.FillAsync("partnership");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ml/search/\\?q=partnership$"));
        await box.PressAsync("Enter");
        await page.Locator("#search-results li").First.WaitForAsync();

        await box.FillAsync("İslam");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ml/search/\\?q=%C4%B0slam$"));
        await Assertions.Expect(page.Locator("#search-results .result-title").First).ToHaveTextAsync("İslam İşbirliği Teşkilatı");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ml/search/\\?q=partnership$"));
        await Assertions.Expect(box).ToHaveValueAsync("partnership");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("“partnership”");

        await page.GoForwardAsync();
        await Assertions.Expect(box).ToHaveValueAsync("İslam");
        await Assertions.Expect(page.Locator("#search-results .result-title").First).ToHaveTextAsync("İslam İşbirliği Teşkilatı");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task An_arabic_query_runs_right_to_left_in_the_box_and_its_results_and_the_page_has_no_axe_violation()
    {
        var page = await browser.NewPageAsync(width: 360, height: 780);
        await page.GotoAsync(site.SiteUrl + "search/");
        var box = page.Locator("#search-page-q");
        Assert.Equal("auto", await box.GetAttributeAsync("dir"));
        await box.FillAsync("الأمن");
        var snippet = page.Locator("#search-results .result-snippet", new() { HasTextString = "الأمن الإقليمي في الخليج" });
        await snippet.Locator("mark").WaitForAsync();
        Assert.True(await box.EvaluateAsync<bool>("e => e.matches(':dir(rtl)')"));
        Assert.True(await snippet.EvaluateAsync<bool>("e => e.matches(':dir(rtl)')"));

        await box.FillAsync("partnership");
        await page.GetByRole(AriaRole.Button, new() { Name = "More results" }).WaitForAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Directory.CreateDirectory(SiteFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotFolder, "search-more-results-360.png"), FullPage = false });
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Opened_from_files_on_disk_the_page_says_search_needs_the_site_served()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "search", "index.html")).AbsoluteUri + "?q=partnership");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("Search needs the site to be served over http");
        await page.Context.CloseAsync();
    }
}
