using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Alliances.Server;

/// <summary>
/// The one terminal middleware: checks the Host, refuses suspicious paths, maps the URL under the
/// base path to a file of the current snapshot, and serves the live-reload script and events.
/// Directory URLs without a trailing slash redirect to the slash form, which serves its index.html;
/// there are no directory listings.
/// </summary>
internal sealed class RequestHandler(DevServer server)
{
    private static readonly byte[] ScriptBytes = Encoding.UTF8.GetBytes(LiveReload.Script);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (server.Hosts is not { } hosts || !hosts.Allows(request.Host))
        {
            await Text(response, StatusCodes.Status403Forbidden, "Forbidden: this preview server answers only to its own address (Host header refused).");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(response, StatusCodes.Status405MethodNotAllowed, "Method not allowed.");
            return;
        }

        var snapshot = server.Snapshot;
        var basePath = snapshot?.BasePath ?? server.BasePath;
        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        if (PathGuard.IsRefused(raw, path))
        {
            await NotFound(context, snapshot);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath)
            {
                Redirect(response, basePath, StatusCodes.Status302Found);
            }
            else
            {
                await NotFound(context, snapshot);
            }

            return;
        }

        var sitePath = path[basePath.Length..];
        switch (sitePath)
        {
            case LiveReload.Prefix + "events":
                await server.StreamEventsAsync(context);
                return;
            case LiveReload.Prefix + "live.js":
                await Send(context, ScriptBytes, "text/javascript; charset=utf-8", StatusCodes.Status200OK);
                return;
        }

        if (snapshot is null)
        {
            await Send(context, FailurePage(basePath, server.Failure ?? "The site has not been built yet."), "text/html; charset=utf-8", StatusCodes.Status500InternalServerError);
            return;
        }

        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            sitePath += "index.html";
        }

        if (await snapshot.FindAsync(sitePath) is { } file)
        {
            await SendFile(context, file);
        }
        else if (await snapshot.FindAsync(sitePath + "/index.html") is not null)
        {
            Redirect(response, path + "/" + request.QueryString, StatusCodes.Status301MovedPermanently);
        }
        else
        {
            await NotFound(context, snapshot);
        }
    }

    /// <summary>A file of the site, or the part of it a Range header asks for (the search reads essays' documents so).</summary>
    private static async Task SendFile(HttpContext context, ServedFile file)
    {
        var response = context.Response;
        response.Headers.AcceptRanges = "bytes";
        var range = ByteRange.Of(context.Request.Headers.Range.ToString() is { Length: > 0 } header ? header : null, file.Body.Length, out var satisfiable);
        if (!satisfiable)
        {
            response.Headers.ContentRange = $"bytes */{file.Body.Length}";
            await Text(response, StatusCodes.Status416RangeNotSatisfiable, "Range not satisfiable.");
        }
        else if (range is { } part)
        {
            response.Headers.ContentRange = part.ContentRange(file.Body.Length);
            await Send(context, file.Body.AsMemory((int)part.Start, (int)part.Length), file.ContentType, StatusCodes.Status206PartialContent);
        }
        else
        {
            await Send(context, file.Body, file.ContentType, StatusCodes.Status200OK);
        }
    }

    private static async Task NotFound(HttpContext context, SiteSnapshot? snapshot)
    {
        if (snapshot is not null && await snapshot.FindAsync("404.html") is { } page)
        {
            await Send(context, page.Body, page.ContentType, StatusCodes.Status404NotFound);
            return;
        }

        await Text(context.Response, StatusCodes.Status404NotFound, "Not found.");
    }

    private static void Redirect(HttpResponse response, string location, int status)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static Task Text(HttpResponse response, int status, string text) =>
        Send(response.HttpContext, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", status);

    private static async Task Send(HttpContext context, ReadOnlyMemory<byte> body, string contentType, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Shown while there is no good build at all; the script swaps in the site once it builds.</summary>
    private static byte[] FailurePage(string basePath, string diagnostics) => Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n</head>\n<body>\n" +
        "<h1>The site did not build</h1>\n<p>Fix the problems below and save; this page reloads by itself.</p>\n<pre>" +
        WebUtility.HtmlEncode(diagnostics) + "</pre>\n" + LiveReload.ScriptTag(basePath) + "\n</body>\n</html>\n");
}
