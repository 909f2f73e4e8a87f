using Alliances.Server;
using Alliances.Site.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Serve;

/// <summary>`serve` on a free loopback port over a temp copy of the real content and templates.</summary>
internal sealed class ServeSession : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly StringWriter _log = new();

    private ServeSession(TempSite site) => Site = site;

    public TempSite Site { get; }

    public DevServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="prepare">Changes the site before the server starts (a first build that fails).</param>
    public static async Task<ServeSession> StartAsync(Action<TempSite>? prepare = null)
    {
        var session = new ServeSession(TempSite.FromRepository());
        prepare?.Invoke(session.Site);
        session.Server = await DevServer.StartAsync(
            new ServeOptions { Build = session.Site.Options(), Port = 0 },
            TextWriter.Synchronized(session._log));
        session.Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{session.Server.Port}"),
            Timeout = Timeout,
        };
        return session;
    }

    /// <summary>A task that completes with the next rebuild; take it before making the change.</summary>
    public Task<IncrementalResult> NextRebuild()
    {
        var next = new TaskCompletionSource<IncrementalResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(IncrementalResult result)
        {
            Server.Rebuilt -= Handler;
            next.TrySetResult(result);
        }

        Server.Rebuilt += Handler;
        return next.Task.WaitAsync(Timeout);
    }

    public string EssayFile(string slug) => Path.Combine(Site.Content, "essays", slug + ".md");

    public async Task<string> GetText(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<EventStream> OpenEvents() =>
        await EventStream.OpenAsync(Http, "/alliances/__alliances/events");

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        Site.Dispose();
    }
}
