using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Serve;

/// <summary>
/// The preview recovers from whatever happens to its folders: the content folder deleted, moved away,
/// put back or made anew, a FIFO or an unreadable file appearing. Each time it reports the error,
/// keeps serving the last good site, and rebuilds at the next good state. It also starts when the
/// first build fails.
/// </summary>
public sealed class ServeRecoveryTests
{
    private const string Slug = "strategic-alliance-partnerships-and-security";
    private const string Page = "/alliances/essays/" + Slug + "/";

    [Theory]
    [InlineData("deleted and restored")]
    [InlineData("moved away and back")]
    [InlineData("made anew with a change")]
    public async Task The_content_folder_going_and_coming_back_is_reported_then_rebuilt(string how)
    {
        await using var session = await ServeSession.StartAsync();
        using var events = await session.OpenEvents();
        await events.Next("hello");
        var before = await session.GetText(Page);
        var content = session.Site.Content;
        var aside = content + ".aside";
        TempSite.CopyDirectory(content, aside);

        if (how == "moved away and back")
        {
            Directory.Delete(aside, recursive: true);
            Directory.Move(content, aside);
        }
        else
        {
            Directory.Delete(content, recursive: true);
        }

        // Deleting file by file may fail other ways first; the folder's absence is reported in the end.
        while (!(await events.Next("failed")).Contains("ALL118", StringComparison.Ordinal))
        {
        }

        Assert.Equal(before, await session.GetText(Page));

        // The folder comes back in one step (a copy is a new folder, the move the same one).
        if (how == "made anew with a change")
        {
            var essay = Path.Combine(aside, "essays", Slug + ".md");
            File.WriteAllText(essay, File.ReadAllText(essay).Replace("play a vital role", "play a renewed role", StringComparison.Ordinal));
        }

        Directory.Move(aside, content);

        await events.Next("reload");
        var after = await session.GetText(Page);
        Assert.Equal(how == "made anew with a change", after.Contains("play a renewed role", StringComparison.Ordinal));
        Assert.Contains("the build is fixed", session.Log, StringComparison.Ordinal);
    }

    [LinuxFact]
    public async Task A_fifo_appearing_is_an_error_and_removing_it_rebuilds()
    {
        await using var session = await ServeSession.StartAsync();
        using var events = await session.OpenEvents();
        await events.Next("hello");
        var fifo = Path.Combine(session.Site.Content, "essays", "x.md");

        Fifo.Make(fifo);
        var failure = await events.Next("failed");
        File.Delete(fifo);
        await events.Next("reload");

        Assert.Contains("essays/x.md:1:1: error ALL100", failure, StringComparison.Ordinal);
        Assert.Contains("FIFO", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_appearing_is_an_error_and_fixing_it_rebuilds()
    {
        await using var session = await ServeSession.StartAsync();
        using var events = await session.OpenEvents();
        await events.Next("hello");
        var essay = session.EssayFile("unreadable");

        // A link to nothing cannot be read by anyone (chmod 000 does not stop root, who runs CI).
        File.CreateSymbolicLink(essay, "missing.md");
        var failure = await events.Next("failed");
        File.Delete(essay);
        await events.Next("reload");

        Assert.Contains("essays/unreadable.md:1:1: error ALL130", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_starts_and_shows_the_error_when_the_first_build_fails_then_serves_the_fix()
    {
        string? file = null;
        string? original = null;
        await using var session = await ServeSession.StartAsync(site =>
        {
            file = Path.Combine(site.Content, "essays", Slug + ".md");
            original = File.ReadAllText(file);
            File.WriteAllText(file, original.Replace("date:", "date: not-a-date\nx:", StringComparison.Ordinal));
        });
        using var events = await session.OpenEvents();
        await events.Next("hello");

        using (var response = await session.Http.GetAsync(Page))
        {
            Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("ALL103", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("fix them and save", session.Log, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file!, original);
        await events.Next("reload");
        Assert.Contains("<h1", await session.GetText(Page), StringComparison.Ordinal);
    }
}
