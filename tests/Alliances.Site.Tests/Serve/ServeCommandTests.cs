using System.Diagnostics;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Serve;

/// <summary>The real console process: started, interrupted like Ctrl+C, and expected to stop cleanly.</summary>
public sealed class ServeCommandTests
{
    [LinuxFact("kill -INT and /proc/PID/status")]
    public async Task Ctrl_c_stops_the_server_cleanly_with_exit_code_0()
    {
        using var site = TempSite.FromRepository();
        using var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "alliances.dll"), "serve", "--content", site.Content, "--templates", site.Templates, "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            using var timeout = new CancellationTokenSource(ServeSession.Timeout);
            var banner = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.Add(line);
                if (line.Contains("press Ctrl+C", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Contains(banner, l => l.StartsWith("Serving the site at http://127.0.0.1:", StringComparison.Ordinal) && l.EndsWith("/alliances/", StringComparison.Ordinal));
            Assert.Contains("Listening on loopback only: other machines cannot connect.", banner);

            // A process started in the background may inherit SIGINT as ignored (POSIX shells do
            // that); SIGTERM then takes the same cancellation path in the console.
            Interrupt(process.Id, SigintIgnored(process.Id) ? "TERM" : "INT");
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", rest, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static bool SigintIgnored(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    private static void Interrupt(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
