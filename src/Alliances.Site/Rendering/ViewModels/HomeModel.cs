using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Paging;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `home` variable of home.html: one page of the essays, newest first; the intro on the first only.</summary>
/// <remarks>The intro is the home page's own Markdown (<see cref="LinkedSite.HomeIntro"/>), rendered as the page's body (<see cref="PagePlan.Body"/>), or else the site's description.</remarks>
internal sealed record HomeModel(RawHtml? Intro, ScriptArray<TopicRef> Topics, ScriptArray<EssayCard> Essays) : ViewModel
{
    private static readonly ViewMembers<HomeModel> Table = new()
    {
        ["intro"] = m => m.Intro,
        ["topics"] = m => m.Topics,
        ["essays"] = m => m.Essays,
    };

    protected override ViewMembers Members => Table;

    public static HomeModel Build(LinkedSite site, SiteModel siteModel, RawHtml? intro, ListPage page, LanguageStrings strings, InterfaceStrings languages)
    {
        var counts = site.EssayCountByTopic;
        return new(
            !page.IsFirst ? null
                : intro ?? new RawHtml("<p>" + System.Net.WebUtility.HtmlEncode(site.Config.Description) + "</p>"),
            siteModel.Topics,
            ViewList.Of(page.Items(site.HomeEssays), e => EssayCard.For(e.Essay, strings, site.Config, site.Config.Language) with
            {
                Topics = ViewList.Of(e.Topics, t => TopicRef.For(t, counts.GetValueOrDefault(t.Slug))),

                // A translated essay is listed once; its other languages are shown with it.
                Translations = TranslationLink.Others(e.Translations, e.Essay, site.Config, languages),
            }));
    }

    /// <summary>Every object <see cref="Build"/> reads but the site model and config (see <see cref="PagePlan.Inputs"/>); read something new: list it here.</summary>
    public static void Inputs(LinkedSite site, ListPage page, ModelInputs inputs)
    {
        inputs.Add(page.IsFirst ? site.HomeIntro : null);
        page.AddInputs(inputs);
        for (var i = page.Start; i < page.Start + page.Length; i++)
        {
            var essay = site.HomeEssays[i];
            inputs.Add(essay.Essay);
            inputs.Add(essay.Topics);
            TranslationLink.OthersInputs(essay.Translations, inputs);
        }
    }
}
