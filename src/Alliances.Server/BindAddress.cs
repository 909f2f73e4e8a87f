using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Alliances.Server;

/// <summary>The address to listen on: an IP literal or "localhost" (which means 127.0.0.1). Other names are refused.</summary>
public sealed record BindAddress(IPAddress Address)
{
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public bool IsWildcard => Address.Equals(IPAddress.Any) || Address.Equals(IPAddress.IPv6Any);

    public static bool TryParse(string host, [NotNullWhen(true)] out BindAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        problem = null;
        var text = host.Trim().TrimStart('[').TrimEnd(']');
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = new BindAddress(IPAddress.Loopback);
            return true;
        }

        if (IPAddress.TryParse(text, out var ip))
        {
            address = new BindAddress(ip);
            return true;
        }

        problem = $"--host must be an IP address (such as 127.0.0.1) or 'localhost', not '{host}'";
        return false;
    }

    /// <summary>The host part of a URL for this address ("127.0.0.1", "[::1]").</summary>
    public string UrlHost => Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString();
}
