using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Paging;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `topic` variable of topic.html: a <see cref="TopicRef"/> plus one page of its essays, its related topics, and its intro on the first page only.</summary>
internal sealed record TopicModel(TopicRef Topic, RawHtml? Intro, ScriptArray<EssayCard> Essays, ScriptArray<RelatedTopic> Related) : ViewModel
{
    private static readonly ViewMembers<TopicModel> Table = new(TopicRef.Table, m => m.Topic)
    {
        ["intro"] = m => m.Intro,
        ["essays"] = m => m.Essays,
        ["related"] = m => m.Related,
    };

    protected override ViewMembers Members => Table;

    /// <param name="intro">The topic's intro, rendered as the page's body (<see cref="PagePlan.Body"/>), on the first page only.</param>
    public static TopicModel Build(TopicPage page, RawHtml? intro, ListPage list, LanguageStrings strings, SiteConfig config, InterfaceStrings languages)
    {
        var topic = page.Topic;
        return new(
            TopicRef.For(topic, page.Essays.Count),
            intro,
            ViewList.Of(list.Items(page.Essays), e => EssayCard.For(e.Essay, strings, config, config.Language) with
            {
                Passages = ViewList.Of(e.PassagesOn(topic), p => PassageLink.For(e.Essay, p)),

                // A translated essay is listed once; its other languages are shown with it.
                Translations = TranslationLink.Others(e.Translations, e.Essay, config, languages),
            }),
            ViewList.Of(page.Related, r => new RelatedTopic(new TopicLink(r.Topic.Slug, r.Topic.Title, r.Topic.Path), r.SharedEssays)));
    }

    /// <summary>Every object <see cref="Build"/> reads but the site model and config (see <see cref="PagePlan.Inputs"/>); read something new: list it here.</summary>
    public static void Inputs(TopicPage page, ListPage list, ModelInputs inputs)
    {
        inputs.Add(page.Topic);
        inputs.Add(page.Essays.Count);
        list.AddInputs(inputs);
        for (var i = list.Start; i < list.Start + list.Length; i++)
        {
            inputs.Add(page.Essays[i].Essay);
            inputs.Add(page.Essays[i].PassagesByTopic);
            TranslationLink.OthersInputs(page.Essays[i].Translations, inputs);
        }

        foreach (var related in page.Related)
        {
            inputs.Add(related.Topic);
            inputs.Add(related.SharedEssays);
        }
    }
}
