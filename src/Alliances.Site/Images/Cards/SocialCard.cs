using System.Security.Cryptography;
using System.Text;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// Everything a card shows and is drawn with. Two cards with equal inputs are the same bytes, so the
/// <see cref="Key"/> (a hash of all of them, the fonts' and the drawing's version included) names it in the cache.
/// </summary>
internal sealed record SocialCard(string Title, string SiteName, string Date, string Authors, string Language, bool RightToLeft, CardPalette Palette)
{
    /// <summary>Changes whenever the drawing changes, so cards drawn the old way are not reused.</summary>
    public const string DrawingVersion = "card-v1";

    public const int Width = 1200;

    public const int Height = 630;

    public string Key => field ??= Hash();

    private string Hash()
    {
        var text = string.Join('\u001f', DrawingVersion, CardFonts.Shared.Hash, Palette.ToString(), Language, RightToLeft ? "rtl" : "ltr", Title, SiteName, Date, Authors);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
