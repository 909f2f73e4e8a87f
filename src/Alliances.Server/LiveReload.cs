using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;

namespace Alliances.Server;

/// <summary>
/// The live-reload channel: Server-Sent Events at `{base}__alliances/events`. Each open page
/// subscribes; a good rebuild sends `reload`, a failed one sends `failed` with the diagnostics as
/// plain text (the page shows them with textContent, so nothing in them is interpreted as HTML).
/// </summary>
internal sealed class LiveReload
{
    public const string Prefix = "__alliances/";

    private readonly ConcurrentDictionary<Channel<string>, byte> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public static string ScriptTag(string basePath) => $"<script src=\"{basePath}{Prefix}live.js\"></script>";

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers.TryAdd(channel, 0);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel) => _subscribers.TryRemove(channel, out _);

    public void Publish(string message)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(message);
        }
    }

    /// <summary>One SSE message; every line of <paramref name="data"/> becomes its own `data:` line.</summary>
    public static string Event(string name, string data)
    {
        var text = new StringBuilder("event: ").Append(name).Append('\n');
        foreach (var line in data.ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    public const string Script = """
        // Alliances live preview: reloads the page after a rebuild and shows build errors.
        (() => {
          const base = document.currentScript.src.replace(/live\.js(\?.*)?$/, "");
          let build = null;
          const source = new EventSource(base + "events");
          source.addEventListener("hello", (e) => {
            if (build !== null && build !== e.data) location.reload();
            build = e.data;
          });
          source.addEventListener("reload", () => location.reload());
          source.addEventListener("failed", (e) => {
            let box = document.getElementById("alliances-build-errors");
            if (!box) {
              box = document.createElement("pre");
              box.id = "alliances-build-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;" +
                "padding:1em;background:#3b0a0a;color:#fff;font:13px/1.45 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";
              document.body.appendChild(box);
            }
            box.textContent = "The last save broke the build; this is the last good version.\n\n" + e.data;
          });
        })();
        """;
}
