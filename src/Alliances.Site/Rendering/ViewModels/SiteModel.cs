using Alliances.Site.Model;
using Scriban.Runtime;
using static Alliances.Site.Rendering.ViewModels.CommonModels;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `site` variable: the same object for every page of a build.</summary>
internal static class SiteModel
{
    public static ScriptObject Build(LinkedSite site)
    {
        var model = new ScriptObject
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["base_url"] = site.Config.BaseUrl.AbsoluteUri,
            ["repository"] = site.Config.Repository,
            ["topics"] = Array(site.TopicPages, t => TopicRef(t.Topic, t.Essays.Count)),
            ["essay_count"] = site.Essays.Count,
        };
        return model;
    }
}
