using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Output;

namespace Alliances.Site.Images.Cards;

/// <summary>
/// Puts every essay's card at <see cref="SocialImage.CardPath"/>, for the essays whose og:image is a
/// card (<see cref="SocialImage.HasOwn"/> false, and cards on). A card comes from the cache when one
/// with the same inputs was drawn before; the rest are drawn in parallel (drawing is the slow part).
/// </summary>
internal static class SocialCards
{
    /// <param name="strings">The interface strings of a language, for the date as the essay's page writes it.</param>
    public static void Write(LinkedSite site, CardPalette palette, Func<string, LanguageStrings> strings, ImageCache cache, OutputSink sink, int parallelism)
    {
        if (!site.Config.SocialCards)
        {
            return;
        }

        var essays = site.Essays.Select(p => p.Essay).Where(e => !SocialImage.HasOwn(e)).ToList();
        Parallel.For(0, essays.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var card = Of(essays[i], site.Config, palette, strings);
            sink.Add(SocialImage.CardPath(essays[i]), cache.Card(card.Key, () => CardPainter.Draw(card)));
        });
    }

    /// <summary>What an essay's card shows.</summary>
    public static SocialCard Of(Essay essay, SiteConfig config, CardPalette palette, Func<string, LanguageStrings> strings)
    {
        var language = essay.LanguageOr(config.Language);
        return new SocialCard(essay.Title, config.Title, strings(language).DisplayDate(essay.Date), string.Join(", ", essay.Authors), language,
            LanguageTag.Direction(language) == "rtl", palette);
    }
}
