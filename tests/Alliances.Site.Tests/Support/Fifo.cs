using System.Diagnostics;

namespace Alliances.Site.Tests.Support;

/// <summary>Named pipes for the tests that a reader must never open: opening one for reading waits for a writer.</summary>
public static class Fifo
{
    public static void Make(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>
    /// Runs <paramref name="work"/> and fails if it has not finished within the timeout; a reader
    /// stuck on one of <paramref name="fifos"/> is then released by opening its other end, so a
    /// failing test does not leave a thread blocked for the rest of the run.
    /// </summary>
    public static T Within<T>(TimeSpan timeout, Func<T> work, params string[] fifos)
    {
        var task = Task.Run(work);
        if (!task.Wait(timeout))
        {
            foreach (var fifo in fifos)
            {
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }

            Assert.Fail($"still running after {timeout.TotalSeconds} s: something opened a FIFO");
        }

        return task.Result;
    }
}
