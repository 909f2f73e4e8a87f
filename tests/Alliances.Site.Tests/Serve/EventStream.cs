using System.Text;
using System.Threading.Channels;

namespace Alliances.Site.Tests.Serve;

/// <summary>A Server-Sent Events client: reads the stream in the background and queues each event.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly HttpResponseMessage _response;
    private readonly Task _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = Task.Run(() => ReadAsync(body));
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<EventStream> OpenAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event called <paramref name="name"/>, skipping others; fails after the session timeout.</summary>
    public async Task<string> Next(string name)
    {
        using var timeout = new CancellationTokenSource(ServeSession.Timeout);
        while (true)
        {
            var (eventName, data) = await _events.Reader.ReadAsync(timeout.Token);
            if (eventName == name)
            {
                return data;
            }
        }
    }

    /// <summary>Completes when the server ends the stream.</summary>
    public Task Ended => _events.Reader.Completion;

    public void Dispose() => _response.Dispose();

    private async Task ReadAsync(Stream body)
    {
        try
        {
            using var reader = new StreamReader(body, Encoding.UTF8);
            string? name = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        await _events.Writer.WriteAsync((name, string.Join('\n', data)));
                    }

                    name = null;
                    data.Clear();
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line["data: ".Length..]);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
