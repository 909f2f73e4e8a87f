namespace Alliances.Site.Tests.Support;

/// <summary>
/// A test of Linux behaviour (FIFOs, devices, statx, signals, /proc): a visible skip elsewhere, never
/// an early return that passes silently.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    /// <param name="needs">What the test uses that only Linux has, for the skip message.</param>
    public LinuxFactAttribute(string needs = "mkfifo, /dev/zero, statx")
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = $"needs Linux ({needs})";
        }
    }
}
