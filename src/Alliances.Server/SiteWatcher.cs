using System.Threading.Channels;
using Alliances.Site.Output;

namespace Alliances.Server;

/// <summary>
/// Watches content/ and templates/ and queues every path that changed. A null entry means the
/// watcher lost events (its buffer overflowed, or a watched folder was deleted, moved away, put
/// back or made anew) and everything must be read again.
/// </summary>
/// <remarks>
/// A FileSystemWatcher follows the folder it was given, not its name: once `content/` is deleted
/// or moved, it reports nothing about the folder that takes its place. So each folder's identity
/// (device and inode; existence where there is none) is checked a few times a second, and the
/// watcher is made again on whatever now has the name, or on nothing until the folder returns.
/// </remarks>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(250);

    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string[] _folders;
    private readonly FileSystemWatcher?[] _watchers;
    private readonly FileStat[] _watched;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _disposed;

    public SiteWatcher(IEnumerable<string> folders)
    {
        _folders = [.. folders];
        _watchers = new FileSystemWatcher?[_folders.Length];
        _watched = new FileStat[_folders.Length];
        lock (_gate)
        {
            for (var i = 0; i < _folders.Length; i++)
            {
                Arm(i, Identity(_folders[i]));
            }
        }

        _timer = new Timer(_ => CheckFolders(), null, CheckEvery, CheckEvery);
    }

    public ChannelReader<string?> Changes => _changes.Reader;

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
            _changes.Writer.TryComplete();
            for (var i = 0; i < _watchers.Length; i++)
            {
                _watchers[i]?.Dispose();
                _watchers[i] = null;
            }
        }
    }

    private void CheckFolders()
    {
        lock (_gate)
        {
            for (var i = 0; i < _folders.Length && !_disposed; i++)
            {
                var now = Identity(_folders[i]);
                if (Same(now, _watched[i]))
                {
                    continue;
                }

                _watchers[i]?.Dispose();
                _watchers[i] = null;
                Arm(i, now);
                _changes.Writer.TryWrite(null);
            }
        }
    }

    private void Arm(int i, FileStat identity)
    {
        _watched[i] = identity;
        if (identity.Kind != FileKind.Directory)
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(_folders[i])
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
            _watchers[i] = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone again between the check and the watch: the next check tries again.
            _watched[i] = default;
        }
    }

    private static FileStat Identity(string folder) => FileStat.Of(folder) is { Kind: FileKind.Directory } stat ? stat : default;

    /// <summary>The same folder under the name; where the platform gives no identity, the same existence.</summary>
    private static bool Same(FileStat a, FileStat b) =>
        a.Kind == b.Kind && (a.Kind != FileKind.Directory || a.Inode == 0 || b.Inode == 0 || a.SameEntryAs(b));
}
