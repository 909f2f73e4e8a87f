using Alliances.Site;

namespace Alliances.Server;

public sealed record ServeOptions
{
    public required BuildOptions Build { get; init; }

    /// <summary>An IP address or "localhost"; loopback unless the user asks otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5000;

    /// <summary>How long the files must be quiet after a change before the rebuild starts (editors save in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);
}
