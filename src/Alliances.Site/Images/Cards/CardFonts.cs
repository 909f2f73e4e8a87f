using System.Security.Cryptography;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// The fonts the cards are drawn with: Noto Sans and Noto Naskh Arabic, embedded in this library (see
/// `Fonts/README.md`), never looked up on the machine, so a card is the same bytes everywhere.
/// </summary>
internal sealed class CardFonts
{
    private static readonly Lazy<CardFonts> Bundled = new(Load);

    private CardFonts(CardFace latinBold, CardFace latinRegular, CardFace arabicBold, CardFace arabicRegular, string hash)
    {
        Title = new(latinBold, arabicBold);
        Text = new(latinRegular, arabicRegular);
        Hash = hash;
    }

    public static CardFonts Shared => Bundled.Value;

    /// <summary>For titles.</summary>
    public FaceSet Title { get; }

    /// <summary>For the site's name, the date and the authors.</summary>
    public FaceSet Text { get; }

    /// <summary>A hash of every font file: part of each card's cache key, so a new font draws cards again.</summary>
    public string Hash { get; }

    private static CardFonts Load()
    {
        string[] names = ["NotoSans-Bold.ttf", "NotoSans-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf"];
        var files = names.Select(Read).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(file);
        }

        var faces = files.Select(f => new CardFace(f)).ToArray();
        return new CardFonts(faces[0], faces[1], faces[2], faces[3], Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream("cardfonts/" + name)
            ?? throw new InvalidOperationException($"the card font {name} is not embedded in the library");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>The faces one kind of text is set in: Latin (with Greek and Cyrillic) and Arabic script.</summary>
internal sealed record FaceSet(CardFace Latin, CardFace Arabic)
{
    /// <summary>The face for a code point that has a script of its own; null for one that takes its neighbour's (spaces, punctuation, digits, marks).</summary>
    public CardFace? For(int codePoint, BidiClass kind) => kind switch
    {
        BidiClass.RightToLeft => Arabic,
        BidiClass.LeftToRight => Latin.Covers(codePoint) || !Arabic.Covers(codePoint) ? Latin : Arabic,
        _ => null,
    };
}
