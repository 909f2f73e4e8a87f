using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// The card's colours, taken from the site's stylesheet (`templates/assets/style.css`): the first
/// (light scheme) value of `--bg`, `--text`, `--muted`, `--link` and `--rule`, so a card looks like
/// the site and follows its design. A variable that is missing or not a hex colour keeps the default.
/// </summary>
internal sealed partial record CardPalette(SKColor Background, SKColor Text, SKColor Muted, SKColor Accent, SKColor Rule)
{
    public static readonly CardPalette Default = new(new SKColor(0xfb, 0xf8, 0xf3), new SKColor(0x1f, 0x1c, 0x18), new SKColor(0x5b, 0x55, 0x4c), new SKColor(0x0d, 0x5c, 0x4c), new SKColor(0xdd, 0xd5, 0xc8));

    public static CardPalette FromCss(byte[]? css)
    {
        if (css is null)
        {
            return Default;
        }

        var found = new Dictionary<string, SKColor>(StringComparer.Ordinal);
        foreach (Match match in Variable().Matches(Encoding.UTF8.GetString(css)))
        {
            if (SKColor.TryParse(match.Groups[2].Value, out var color))
            {
                found.TryAdd(match.Groups[1].Value, color);
            }
        }

        SKColor Pick(string name, SKColor fallback) => found.TryGetValue(name, out var color) ? color : fallback;
        return new(Pick("bg", Default.Background), Pick("text", Default.Text), Pick("muted", Default.Muted), Pick("link", Default.Accent), Pick("rule", Default.Rule));
    }

    [GeneratedRegex(@"--(bg|text|muted|link|rule)\s*:\s*(#[0-9A-Fa-f]{3,8})\s*[;}]")]
    private static partial Regex Variable();

    /// <summary>The colours as text, for the cache key.</summary>
    public override string ToString() => string.Join(',', new[] { Background, Text, Muted, Accent, Rule }.Select(c => ((uint)c).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)));
}
