namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`{ title, path }`: a page linked by its title (a breadcrumb, an essay's previous and next).</summary>
internal sealed record PageLink(string Title, string Path) : ViewModel
{
    private static readonly ViewMembers<PageLink> Table = new()
    {
        ["title"] = m => m.Title,
        ["path"] = m => m.Path,
    };

    protected override ViewMembers Members => Table;
}
