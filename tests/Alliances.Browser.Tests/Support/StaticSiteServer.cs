using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Alliances.Browser.Tests.Support;

/// <summary>
/// Kestrel serving built sites as a static host would: each folder under its own subpath
/// (e.g. /alliances/), index.html for folders, and the site's 404.html for anything missing.
/// Bound to 127.0.0.1 on a free port.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>e.g. http://127.0.0.1:45123 (no trailing slash).</summary>
    public string Origin { get; }

    public static async Task<StaticSiteServer> StartAsync(IReadOnlyDictionary<string, string> sitesByPath)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        foreach (var (path, folder) in sitesByPath)
        {
            var files = new PhysicalFileProvider(folder);
            app.UseFileServer(new FileServerOptions { RequestPath = path, FileProvider = files, EnableDefaultFiles = true });
            app.Map(path, branch => branch.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            }));
        }

        await app.StartAsync();
        return new StaticSiteServer(app, $"http://127.0.0.1:{port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
