using System.Threading.Channels;

namespace Alliances.Server;

/// <summary>
/// Watches content/ and templates/ and queues every path that changed. A null entry means the
/// watcher lost events (its buffer overflowed) and everything must be read again.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _changes.Writer.TryWrite(e.OldFullPath);
                _changes.Writer.TryWrite(e.FullPath);
            };
            watcher.Error += (_, _) => _changes.Writer.TryWrite(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public ChannelReader<string?> Changes => _changes.Reader;

    public void Dispose()
    {
        _changes.Writer.TryComplete();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
