using System.Net;
using Microsoft.AspNetCore.Http;

namespace Alliances.Server;

/// <summary>
/// Accepts only requests whose Host header names the address the server is bound to (or localhost
/// on the same port). A page on another site that points its own DNS name at 127.0.0.1 (DNS
/// rebinding) sends its own name as Host, and is refused.
/// </summary>
internal sealed class HostGuard(BindAddress bound, int port)
{
    public bool Allows(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        if ((host.Port ?? 80) != port)
        {
            return false;
        }

        var name = host.Host.TrimStart('[').TrimEnd(']');
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return bound.IsLoopback || bound.IsWildcard;
        }

        if (!IPAddress.TryParse(name, out var address))
        {
            // A DNS name: exactly what a rebinding attack sends.
            return false;
        }

        return bound.IsWildcard || address.Equals(bound.Address) || (bound.IsLoopback && IPAddress.IsLoopback(address));
    }
}
