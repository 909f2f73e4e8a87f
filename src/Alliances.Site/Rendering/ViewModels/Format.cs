using System.Globalization;

namespace Alliances.Site.Rendering.ViewModels;

internal static class Format
{
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reading time at 220 words a minute, never less than one minute.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Ceiling(words / 220.0));
}
