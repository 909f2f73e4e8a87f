using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alliances.Site.Incremental;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alliances.Server;

/// <summary>
/// `alliances serve`: builds the site into memory, serves it with Kestrel under its base path,
/// watches content/ and templates/, rebuilds incrementally after each save and tells open pages
/// to reload. A failed rebuild keeps the last good site and shows its diagnostics.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly TimeSpan MaxDebounce = TimeSpan.FromMilliseconds(500);

    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly IncrementalBuilder _builder;
    private readonly LiveReload _live = new();
    private readonly CancellationTokenSource _stopping = new();
    private SiteWatcher? _watcher;
    private WebApplication? _app;
    private Task _rebuilds = Task.CompletedTask;
    private SiteSnapshot? _snapshot;
    private string? _failure;
    private int _builds;
    private HostGuard? _hosts;

    private DevServer(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _builder = new IncrementalBuilder(options.Build);
    }

    /// <summary>The site's address, e.g. http://127.0.0.1:5000/alliances/.</summary>
    public Uri SiteUrl { get; private set; } = new("http://127.0.0.1/");

    public int Port { get; private set; }

    /// <summary>The last good build, or null before the first one.</summary>
    internal SiteSnapshot? Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>The diagnostics of the latest build when it failed; null when it succeeded.</summary>
    internal string? Failure => Volatile.Read(ref _failure);

    internal string BasePath { get; private set; } = "/";

    /// <summary>Null until the bound port is known: until then every request is refused.</summary>
    internal HostGuard? Hosts => Volatile.Read(ref _hosts);

    /// <summary>Raised after every rebuild (tests await it instead of sleeping).</summary>
    public event Action<IncrementalResult>? Rebuilt;

    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        if (!BindAddress.TryParse(options.Host, out var bind, out var problem))
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var server = new DevServer(options, log);
        try
        {
            await server.StartCoreAsync(bind, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task StartCoreAsync(BindAddress bind, CancellationToken cancellationToken)
    {
        // Watch before the first build, so a save during it is not lost.
        _watcher = new SiteWatcher([_options.Build.ContentDirectory, _options.Build.TemplatesDirectory]);
        await Task.Run(() => Apply(_builder.Build(), initial: true), cancellationToken);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Alliances.Server", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(bind.Address, _options.Port);
        });
        _app = builder.Build();
        var handler = new RequestHandler(this);
        _app.Run(handler.HandleAsync);
        await _app.StartAsync(cancellationToken);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        Volatile.Write(ref _hosts, new HostGuard(bind, Port));
        SiteUrl = new Uri($"http://{(bind.IsWildcard ? "127.0.0.1" : bind.UrlHost)}:{Port.ToString(CultureInfo.InvariantCulture)}{BasePath}");
        _rebuilds = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);

        _log.WriteLine($"Serving the site at {SiteUrl}");
        _log.WriteLine(bind.IsLoopback
            ? "Listening on loopback only: other machines cannot connect."
            : $"warning: listening on {bind.UrlHost}, not loopback: anyone who can reach this machine can read the preview, drafts included.");
        _log.WriteLine($"Watching {_options.Build.ContentDirectory} and {_options.Build.TemplatesDirectory}; press Ctrl+C to stop.");
    }

    /// <summary>Stops serving: ends event streams, stops Kestrel and the watcher.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
        }

        try
        {
            await _rebuilds;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _builder.Dispose();
        _stopping.Dispose();
    }

    private async Task RebuildLoopAsync(CancellationToken stopping)
    {
        var changes = _watcher!.Changes;
        while (await changes.WaitToReadAsync(stopping))
        {
            // Editors save in several steps (write, rename, touch): wait until the files are quiet.
            var clock = Stopwatch.StartNew();
            Drain(changes);
            while (clock.Elapsed < MaxDebounce)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                quiet.CancelAfter(_options.Debounce);
                try
                {
                    if (!await changes.WaitToReadAsync(quiet.Token))
                    {
                        return;
                    }

                    Drain(changes);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    break;
                }
            }

            Apply(_builder.Build(), initial: false);
        }
    }

    private void Drain(System.Threading.Channels.ChannelReader<string?> changes)
    {
        while (changes.TryRead(out var path))
        {
            if (path is null)
            {
                _builder.InvalidateAll();
            }
            else
            {
                _builder.Invalidate(path);
            }
        }
    }

    private void Apply(IncrementalResult result, bool initial)
    {
        var number = Interlocked.Increment(ref _builds);
        BasePath = result.BasePath ?? Snapshot?.BasePath ?? BasePath;
        var ms = result.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        lock (_log)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic.ToString());
            }

            if (result.Succeeded)
            {
                var recovered = Failure is not null;
                var snapshot = SiteSnapshot.Create(BasePath, number, result.Files, Snapshot, result.SiteWideFiles);
                Volatile.Write(ref _snapshot, snapshot);
                Volatile.Write(ref _failure, null);
                _log.WriteLine(initial
                    ? $"Built {result.AllFiles().Count} files in {ms} ms."
                    : $"Rebuilt in {ms} ms: {result.RenderedPages.Count} pages rendered, {result.ReusedPages} unchanged, {result.ParsedFiles} files parsed ({Waited(result)}load {result.LoadTime.TotalMilliseconds:F0}, link {result.LinkTime.TotalMilliseconds:F0}, render {result.RenderTime.TotalMilliseconds:F0} ms{RenderParts(result)}){(recovered ? "; the build is fixed" : "")}.");
                if (!initial && (snapshot.DiffersFromPrevious || recovered))
                {
                    _live.Publish(LiveReload.Event("reload", number.ToString(CultureInfo.InvariantCulture)));
                }
            }
            else
            {
                var text = Describe(result);
                Volatile.Write(ref _failure, text);
                _log.WriteLine(Snapshot is null
                    ? $"The build failed with {result.ErrorCount} error(s) ({ms} ms); fix them and save."
                    : $"The build failed with {result.ErrorCount} error(s) ({ms} ms); still serving the last good site.");
                _live.Publish(LiveReload.Event("failed", text));
            }

            _log.Flush();
        }

        Rebuilt?.Invoke(result);
    }

    /// <summary>Where the render phase's time went (pages, feeds, sitemap, search index, images), to tell which part an edit made slow.</summary>
    private static string Waited(IncrementalResult result) =>
        result.WaitTime.TotalMilliseconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"waited {result.WaitTime.TotalMilliseconds:F0} ms for the last build's feeds and search index, ") : "";

    private static string RenderParts(IncrementalResult result) =>
        string.Concat(result.RenderParts.Select(p => string.Create(CultureInfo.InvariantCulture, $"; {(p.Phase == "render" ? "pages" : p.Phase)} {p.Elapsed.TotalMilliseconds:F0}")));

    private static string Describe(IncrementalResult result)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError).Concat(result.Diagnostics.Where(d => !d.IsError)))
        {
            text.Append(diagnostic.ToString()).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>One open page's event stream: the current build number, the current failure if any, then every event.</summary>
    internal async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        var subscription = _live.Subscribe();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            var hello = "retry: 1000\n\n" + LiveReload.Event("hello", (Snapshot?.Build ?? 0).ToString(CultureInfo.InvariantCulture));
            if (Failure is { } failure)
            {
                hello += LiveReload.Event("failed", failure);
            }

            await Write(response, hello, ended.Token);
            await foreach (var message in subscription.Reader.ReadAllAsync(ended.Token))
            {
                await Write(response, message, ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            _live.Unsubscribe(subscription);
        }
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
