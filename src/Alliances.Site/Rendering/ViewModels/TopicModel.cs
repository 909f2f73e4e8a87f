using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Paging;
using Scriban.Runtime;
using static Alliances.Site.Rendering.ViewModels.CommonModels;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `topic` variable of topic.html: one page of the topic's essays; the intro on the first only.</summary>
internal static class TopicModel
{
    /// <param name="intro">The topic's intro, rendered as the page's body (<see cref="PagePlan.Body"/>), on the first page only.</param>
    public static ScriptObject Build(TopicPage page, RawHtml? intro, ListPage list, LanguageStrings strings, SiteConfig config, InterfaceStrings languages)
    {
        var topic = page.Topic;
        var model = TopicRef(topic, page.Essays.Count);
        model["intro"] = intro;
        model["essays"] = Array(list.Items(page.Essays), e => EssayCard.For(e.Essay, strings, config, config.Language) with
        {
            Passages = Array(e.PassagesOn(topic), p => PassageLink(e.Essay, p)),

            // A translated essay is listed once; its other languages are shown with it.
            Translations = TranslationModel.Others(e.Translations, e.Essay, config, languages),
        });
        model["related"] = Array(page.Related, r => new ScriptObject(4)
        {
            ["slug"] = r.Topic.Slug,
            ["title"] = r.Topic.Title,
            ["path"] = r.Topic.Path,
            ["shared_count"] = r.SharedEssays,
        });
        return model;
    }

    /// <summary>Every object <see cref="Build"/> reads but the site model and config (see <see cref="Pages.PagePlan.Inputs"/>); read something new: list it here.</summary>
    public static void Inputs(TopicPage page, ListPage list, ModelInputs inputs)
    {
        inputs.Add(page.Topic);
        inputs.Add(page.Essays.Count);
        list.AddInputs(inputs);
        for (var i = list.Start; i < list.Start + list.Length; i++)
        {
            inputs.Add(page.Essays[i].Essay);
            inputs.Add(page.Essays[i].PassagesByTopic);
            TranslationModel.OthersInputs(page.Essays[i].Translations, inputs);
        }

        foreach (var related in page.Related)
        {
            inputs.Add(related.Topic);
            inputs.Add(related.SharedEssays);
        }
    }
}
