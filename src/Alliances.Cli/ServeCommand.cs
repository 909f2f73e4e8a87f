using System.CommandLine;
using System.Net.Sockets;
using Alliances.Server;

namespace Alliances.Cli;

/// <summary>`alliances serve`: the live preview. Runs until Ctrl+C (or SIGTERM), then stops cleanly.</summary>
public static class ServeCommand
{
    public static Command Create(SiteOptions options, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback by default; anything else exposes the preview to the network)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build the site into memory, serve it, rebuild on every save and reload open pages.");
        options.AddTo(command, withOutput: false);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var hostName = parsed.GetValue(host)!;
            if (!BindAddress.TryParse(hostName, out _, out var problem))
            {
                stderr.WriteLine($"alliances: {problem}");
                return CliApp.UsageError;
            }

            if (parsed.GetValue(port) is < 0 or > 65535)
            {
                stderr.WriteLine("alliances: --port must be between 0 and 65535");
                return CliApp.UsageError;
            }

            var serve = new ServeOptions { Build = options.Read(parsed), Host = hostName, Port = parsed.GetValue(port) };
            var log = TextWriter.Synchronized(stdout);
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(serve, log, cancellationToken);
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"alliances: cannot listen on {hostName}:{serve.Port}: {e.Message}");
                return CliApp.ContentErrors;
            }
            catch (OperationCanceledException)
            {
                return CliApp.Success;
            }

            await using (server)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: System.CommandLine turns SIGINT/SIGTERM into this cancellation.
                }

                log.WriteLine("Stopping…");
                await server.StopAsync();
            }

            log.WriteLine("Stopped.");
            return CliApp.Success;
        });
        return command;
    }
}
