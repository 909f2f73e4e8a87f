namespace Alliances.Site.Tests.Support;

/// <summary>A test of Linux file-system behaviour (FIFOs, devices, statx): a visible skip elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (mkfifo, /dev/zero, statx)";
        }
    }
}
