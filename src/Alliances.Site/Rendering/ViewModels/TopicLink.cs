namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`{ slug, title, path }`: a topic named with a link of the page's choosing (a related essay's shared topic links into its passage on it).</summary>
internal sealed record TopicLink(string Slug, string Title, string Path) : ViewModel
{
    public static readonly ViewMembers<TopicLink> Table = new()
    {
        ["slug"] = m => m.Slug,
        ["title"] = m => m.Title,
        ["path"] = m => m.Path,
    };

    protected override ViewMembers Members => Table;
}
