namespace Alliances.Browser.Tests.Support;

/// <summary>
/// A fact that needs Debian's Chromium. On a developer's machine without it the test is reported as
/// skipped, with the reason; under CI (CI=true) it runs anyway, so a missing browser fails loudly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !IsCi)
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium); browser tests skipped. Under CI=true this is a failure.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
