using System.Net.Sockets;
using System.Text;

namespace Alliances.Site.Tests.Serve;

/// <summary>
/// Sends a request line exactly as written: HttpClient (System.Uri) would normalise `..` and
/// percent-escapes away before they reach the server, which is what these tests must not do.
/// </summary>
internal static class RawHttp
{
    public static async Task<int> StatusOf(int port, string target, string host)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(ServeSession.Timeout);
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, timeout.Token);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : -1;
    }
}
