using Alliances.Site.Body;
using Alliances.Site.Model;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`{ id, title, path }`: an essay's passage on a topic; `path` is `essays/&lt;slug&gt;/#&lt;id&gt;`.</summary>
internal sealed record PassageLink(string Id, string Title, string Path) : ViewModel
{
    private static readonly ViewMembers<PassageLink> Table = new()
    {
        ["id"] = m => m.Id,
        ["title"] = m => m.Title,
        ["path"] = m => m.Path,
    };

    protected override ViewMembers Members => Table;

    public static PassageLink For(Essay essay, Passage passage) => new(passage.Id, passage.Title, essay.Path + "#" + passage.Id);
}
