namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`assets`: the paths of the stylesheet, favicon and search script, each with its content hash.</summary>
internal sealed record AssetPaths(string Css, string Favicon, string SearchJs) : ViewModel
{
    private static readonly ViewMembers<AssetPaths> Table = new()
    {
        ["css"] = m => m.Css,
        ["favicon"] = m => m.Favicon,
        ["search_js"] = m => m.SearchJs,
    };

    protected override ViewMembers Members => Table;

    public static AssetPaths For(AssetSet assets) => new(assets.CssPath, assets.FaviconPath, assets.Hashed("assets/search.js"));
}
