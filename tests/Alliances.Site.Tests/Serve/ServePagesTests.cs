using System.Net;
using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Serve;

public sealed class ServePagesTests
{
    [Fact]
    public async Task Serves_the_site_under_its_base_path_with_the_live_reload_script()
    {
        await using var session = await ServeSession.StartAsync();

        Assert.Equal($"http://127.0.0.1:{session.Server.Port}/alliances/", session.Server.SiteUrl.ToString());
        var home = new HtmlParser().ParseDocument(await session.GetText("/alliances/"));
        Assert.Equal("Alliances", home.Title);
        Assert.Equal("/alliances/__alliances/live.js", home.Body!.LastElementChild!.GetAttribute("src"));
        Assert.Contains("EventSource", await session.GetText("/alliances/__alliances/live.js"), StringComparison.Ordinal);

        using var css = await session.Http.GetAsync("/alliances/assets/style.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_root_redirects_to_the_base_path_and_folders_redirect_to_their_slash_form()
    {
        await using var session = await ServeSession.StartAsync();

        using var root = await session.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/alliances/", root.Headers.Location!.OriginalString);

        using var folder = await session.Http.GetAsync("/alliances/topics/diplomacy");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/alliances/topics/diplomacy/", folder.Headers.Location!.OriginalString);

        var topic = new HtmlParser().ParseDocument(await session.GetText("/alliances/topics/diplomacy/"));
        Assert.Equal("Diplomacy", topic.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/alliances/no-such-page/")]
    [InlineData("/alliances/essays/")]
    [InlineData("/elsewhere/index.html")]
    public async Task Missing_pages_and_folders_get_the_sites_404_page_with_status_404(string path)
    {
        await using var session = await ServeSession.StartAsync();

        using var response = await session.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_build_never_contains_the_live_reload_script()
    {
        using var site = TempSite.FromRepository();

        Assert.True(site.Build().Succeeded);

        var html = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(html);
        Assert.All(html, file => Assert.DoesNotContain("__alliances", File.ReadAllText(file), StringComparison.Ordinal));
    }
}
