namespace Alliances.Site.Tests.Serve;

public sealed class ServeSafetyTests
{
    [Theory]
    [InlineData("/alliances/../alliances/index.html")]
    [InlineData("/alliances/essays/../../../etc/passwd")]
    [InlineData("/alliances/%2e%2e/alliances/index.html")]
    [InlineData("/alliances/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/alliances/..%5c..%5cetc/passwd")]
    [InlineData("/alliances/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/alliances/.git/config")]
    [InlineData("/.git/HEAD")]
    [InlineData("/alliances/assets/..%2fassets/style.css")]
    public async Task Traversal_and_hidden_paths_get_404(string target)
    {
        await using var session = await ServeSession.StartAsync();

        Assert.Equal(404, await RawHttp.StatusOf(session.Server.Port, target, $"127.0.0.1:{session.Server.Port}"));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}", 200)]
    [InlineData("localhost:{port}", 200)]
    [InlineData("evil.example:{port}", 403)]
    [InlineData("127.0.0.1.nip.io:{port}", 403)]
    [InlineData("localhost.evil.example:{port}", 403)]
    [InlineData("127.0.0.1:{other}", 403)]
    [InlineData("127.0.0.1", 403)]
    public async Task Only_the_bound_host_is_answered(string host, int expected)
    {
        await using var session = await ServeSession.StartAsync();
        var port = session.Server.Port;
        var header = host.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", (port == 65535 ? port - 1 : port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Assert.Equal(expected, await RawHttp.StatusOf(port, "/alliances/", header));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    public void Bind_addresses_know_whether_they_are_loopback(string host, bool loopback)
    {
        Assert.True(Alliances.Server.BindAddress.TryParse(host, out var address, out _));
        Assert.Equal(loopback, address.IsLoopback);
    }

    [Fact]
    public void The_cli_refuses_a_host_name_that_is_not_an_address()
    {
        var run = Support.CliRunner.Run("serve", "--host", "example.org", "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--host must be an IP address", run.Stderr, StringComparison.Ordinal);
    }
}
