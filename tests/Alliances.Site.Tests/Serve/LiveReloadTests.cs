using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Serve;

public sealed class LiveReloadTests
{
    private const string Slug = "strategic-alliance-partnerships-and-security";
    private const string Page = "/alliances/essays/" + Slug + "/";

    [Fact]
    public async Task Saving_an_essay_sends_a_reload_event_and_serves_the_new_text()
    {
        await using var session = await ServeSession.StartAsync();
        using var events = await session.OpenEvents();
        Assert.Equal("text/event-stream", events.ContentType);
        await events.Next("hello");

        var rebuilt = session.NextRebuild();
        var file = session.EssayFile(Slug);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("play a vital role", "play a central role", StringComparison.Ordinal));
        await events.Next("reload");

        Assert.Equal([$"essays/{Slug}/index.html"], (await rebuilt).RenderedPages);
        Assert.Contains("play a central role", await session.GetText(Page), StringComparison.Ordinal);
        Assert.Contains("1 pages rendered", session.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_and_search_index_made_after_the_reload_are_served_with_the_edit()
    {
        await using var session = await ServeSession.StartAsync();
        var rebuilt = session.NextRebuild();
        var file = session.EssayFile(Slug);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("play a vital role", "play a singularly central role", StringComparison.Ordinal));
        var result = await rebuilt;

        // The feed shows the newest essays' bodies, and the search index every body's words: both are
        // made after the pages, and a request for them waits until they are.
        var searchFiles = (await result.SiteWideFiles).Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(searchFiles);
        Assert.Contains(searchFiles, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("singularly", StringComparison.Ordinal));
        foreach (var served in searchFiles)
        {
            Assert.Equal(System.Text.Encoding.UTF8.GetString(served.Content), await session.GetText("/alliances/" + served.Path));
        }

        Assert.Contains("singularly central role", await session.GetText("/alliances/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_page_reports_the_error_and_recovers_when_fixed()
    {
        await using var session = await ServeSession.StartAsync();
        using var events = await session.OpenEvents();
        await events.Next("hello");
        var file = session.EssayFile(Slug);
        var original = await File.ReadAllTextAsync(file);
        var before = await session.GetText(Page);

        // An unclosed flow sequence, and a title with markup that the overlay must show as text.
        await File.WriteAllTextAsync(file, original.Replace("summary:", "title: <b>bold</b>\nsummary: [unclosed", StringComparison.Ordinal));
        var failure = await events.Next("failed");

        Assert.Contains($"content/essays/{Slug}.md:", failure, StringComparison.Ordinal);
        Assert.Contains(": error ALL", failure, StringComparison.Ordinal);
        Assert.Contains($"essays/{Slug}.md:", session.Log, StringComparison.Ordinal);
        Assert.Contains("still serving the last good site", session.Log, StringComparison.Ordinal);
        Assert.Equal(before, await session.GetText(Page));
        Assert.Contains("textContent", await session.GetText("/alliances/__alliances/live.js"), StringComparison.Ordinal);

        // A page opened while the build is broken learns about it at once.
        using (var late = await session.OpenEvents())
        {
            Assert.Equal(failure, await late.Next("failed"));
        }

        await File.WriteAllTextAsync(file, original.Replace("# Strategic Alliance Partnerships", "# Repaired Partnerships", StringComparison.Ordinal));
        await events.Next("reload");

        var page = new HtmlParser().ParseDocument(await session.GetText(Page));
        Assert.StartsWith("Repaired Partnerships", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("the build is fixed", session.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_event_streams_and_closes_the_port()
    {
        var session = await ServeSession.StartAsync();
        var events = await session.OpenEvents();
        await events.Next("hello");
        var port = session.Server.Port;

        await session.Server.StopAsync().WaitAsync(ServeSession.Timeout);

        await events.Ended.WaitAsync(ServeSession.Timeout);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => new HttpClient().GetAsync($"http://127.0.0.1:{port}/alliances/"));
        events.Dispose();
        await session.DisposeAsync();
    }
}
