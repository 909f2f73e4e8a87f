namespace Alliances.Browser.Tests.Support;

/// <summary>
/// A fact that needs Debian's Chromium. On a developer's machine without it the test is reported as
/// skipped, with the reason; under CI (CI=true) it runs anyway, so a missing browser fails loudly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Debian's Chromium, or the browser named by ALLIANCES_CHROMIUM (GitHub's runners ship Chrome instead).</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("ALLIANCES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !IsCi)
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium); browser tests skipped. Under CI=true this is a failure.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A theory that needs Debian's Chromium: skipped as <see cref="ChromiumFactAttribute"/> is.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi)
        {
            Skip = $"Chromium is not installed at {ChromiumFactAttribute.ExecutablePath}; browser tests skipped. Under CI=true this is a failure.";
        }
    }
}
