using System.Collections.Concurrent;
using System.Globalization;

namespace Alliances.Site.Rendering.ViewModels;

/// <remarks>
/// An essay's dates and reading time appear on its page, the home page, its topic pages and the
/// pages that list it as related: each is made once per value and shared, not formatted (and boxed)
/// anew at every appearance.
/// </remarks>
internal static class Format
{
    private static readonly ConcurrentDictionary<DateOnly, string> IsoDates = new();
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(n => (object)n)];

    public static string IsoDate(DateOnly date) =>
        IsoDates.GetOrAdd(date, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Reading time at 220 words a minute, never less than one minute.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Ceiling(words / 220.0));

    /// <summary>A number as the object a template sees; small ones are boxed once.</summary>
    public static object Boxed(int number) => (uint)number < (uint)SmallNumbers.Length ? SmallNumbers[number] : number;
}
