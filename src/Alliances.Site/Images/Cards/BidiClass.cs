using System.Globalization;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// The few bidirectional classes the cards' text needs (a reduction of the Unicode Bidirectional
/// Algorithm's: no explicit embeddings or isolates, which a title does not carry).
/// </summary>
internal enum BidiClass
{
    LeftToRight,
    RightToLeft,
    Number,
    Mark,
    Neutral,
}

internal static class BidiClasses
{
    public static BidiClass Of(int codePoint)
    {
        if (codePoint is (>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9))
        {
            return BidiClass.Number;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return BidiClass.Mark;
        }

        // Hebrew, Arabic, Syriac, Thaana, NKo, …, and the Arabic presentation forms.
        if (codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
        {
            return BidiClass.RightToLeft;
        }

        return category switch
        {
            UnicodeCategory.DecimalDigitNumber => BidiClass.Number,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber => BidiClass.LeftToRight,
            _ => BidiClass.Neutral,
        };
    }

    /// <summary>Whether text reads right to left by its first strong letter (rule P2); null when it has none.</summary>
    public static bool? FirstStrongIsRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (Of(rune.Value))
            {
                case BidiClass.LeftToRight:
                    return false;
                case BidiClass.RightToLeft:
                    return true;
            }
        }

        return null;
    }
}
