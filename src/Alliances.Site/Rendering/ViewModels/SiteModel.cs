using Alliances.Site.Model;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `site` variable: the same object for every page of a build.</summary>
internal sealed record SiteModel(string Title, string Description, string Language, string BaseUrl, string? Repository, ScriptArray<TopicRef> Topics, int EssayCount) : ViewModel
{
    private static readonly ViewMembers<SiteModel> Table = new()
    {
        ["title"] = m => m.Title,
        ["description"] = m => m.Description,
        ["language"] = m => m.Language,
        ["base_url"] = m => m.BaseUrl,
        ["repository"] = m => m.Repository,
        ["topics"] = m => m.Topics,
        ["essay_count"] = m => Format.Boxed(m.EssayCount),
    };

    protected override ViewMembers Members => Table;

    public static SiteModel Build(LinkedSite site)
    {
        var config = site.Config;
        return new(
            config.Title,
            config.Description,
            config.Language,
            config.BaseUrl.AbsoluteUri,
            config.Repository,
            ViewList.Of(site.TopicPages, t => TopicRef.For(t.Topic, t.Essays.Count)),
            site.Essays.Count);
    }
}
